/** Coding the sides of an event as CAMEO actors: countries, agents, organisations and blocs. */
package org.herald.events.actor;
