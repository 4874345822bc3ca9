package org.herald.cli;

import java.util.Locale;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.TextParser;

/**
 * The understanding stage for the commands that analyse, as {@link org.herald.pipeline.Understanding} builds it
 * for every batch (the Spark job too). Loading the parser's models takes seconds and about a gigabyte, so only
 * the commands that analyse call it.
 */
final class Understanding {
    private Understanding() {}

    static TextParser parser() {
        return org.herald.pipeline.Understanding.parser();
    }

    /** The stages after parsing: entities, dates, quotes linked to the entities, then CAMEO/PLOVER events. */
    static Analyzer.Stages stages() {
        return org.herald.pipeline.Understanding.stages();
    }

    static Analyzer analyzer(TextParser parser) {
        return org.herald.pipeline.Understanding.analyzer(parser);
    }

    /** The analyzer with the default parser, saying on stderr how long the models took to load. */
    static Analyzer loadAnnounced(Streams io) {
        long start = System.nanoTime();
        Analyzer analyzer = analyzer(parser());
        io.err().printf(Locale.ROOT, "herald: language models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return analyzer;
    }
}
