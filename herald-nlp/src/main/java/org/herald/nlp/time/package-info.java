/** Temporal expressions in an article ("on Monday", "last week", "Feb. 14") resolved to ISO 8601 values. */
package org.herald.nlp.time;
