package org.herald.nlp.quote;

import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.text.TextParser;

/** One CoreNLP parser for all *IT classes of this package: failsafe runs them in one JVM, and loading takes ~20 s. */
final class SharedParser {
    private static TextParser parser;

    private SharedParser() {}

    static synchronized TextParser get() {
        if (parser == null) parser = CoreNlpParser.defaults();
        return parser;
    }
}
