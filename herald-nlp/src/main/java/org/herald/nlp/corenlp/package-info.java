/**
 * The adapter to Stanford CoreNLP: the only package that imports {@code edu.stanford.nlp}. It converts CoreNLP's
 * annotations into {@link org.herald.nlp.text.ParsedText}; no other code sees a CoreMap.
 */
package org.herald.nlp.corenlp;
