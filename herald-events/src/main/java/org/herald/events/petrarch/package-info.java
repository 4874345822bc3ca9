/**
 * Reads PETRARCH/TABARI-format CAMEO dictionaries (actors, agents, verbs, discards) and codes Penn-Treebank-parsed
 * sentences with them, PETRARCH-1 style, so users can bring the dictionaries they already have.
 */
package org.herald.events.petrarch;
