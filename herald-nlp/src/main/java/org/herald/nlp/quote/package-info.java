/**
 * Quotes: who said what. {@link org.herald.nlp.quote.QuoteFinder} finds direct, partial and reported speech with
 * speaker, cue and addressee; {@link org.herald.nlp.quote.QuoteEval} scores it on hand-annotated articles.
 */
package org.herald.nlp.quote;
