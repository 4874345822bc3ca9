package org.herald.nlp.text;

/** Splits a text into sentences and tokens and tags them. Implementations are thread-safe. */
public interface TextParser {
    ParsedText parse(String text);
}
