/** The linguistic view of a body text that our stages read: sentences, tokens, tags and dependencies. */
package org.herald.nlp.text;
