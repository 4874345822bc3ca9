/** Political events from parsed sentences: who did what to whom, coded in CAMEO and PLOVER with provenance. */
package org.herald.events;
