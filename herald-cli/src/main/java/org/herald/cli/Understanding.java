package org.herald.cli;

import java.util.Locale;
import org.herald.events.FullStages;
import org.herald.nlp.Analyzer;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.text.TextParser;

/**
 * Builds the understanding stage for {@code analyze} and {@code bench analyze}: the one place that picks the
 * parser and the stages. Loading the parser's models takes seconds and about a gigabyte, so only those two
 * commands call it.
 */
final class Understanding {
    private Understanding() {}

    static TextParser parser() {
        return CoreNlpParser.defaults();
    }

    /** The stages after parsing: entities, dates, quotes linked to the entities, then CAMEO/PLOVER events. */
    static Analyzer.Stages stages() {
        return FullStages.load();
    }

    static Analyzer analyzer(TextParser parser) {
        return new Analyzer(parser, stages(), AnalyzeSettings.defaults());
    }

    /** The analyzer with the default parser, saying on stderr how long the models took to load. */
    static Analyzer loadAnnounced(Streams io) {
        long start = System.nanoTime();
        Analyzer analyzer = analyzer(parser());
        io.err().printf(Locale.ROOT, "herald: language models loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return analyzer;
    }
}
