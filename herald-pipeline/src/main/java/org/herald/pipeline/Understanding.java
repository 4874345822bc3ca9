package org.herald.pipeline;

import org.herald.events.FullStages;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.text.TextParser;

/**
 * The understanding stage every batch runs (the CLI's {@code analyze} and {@code ingest}, the server, the Spark
 * job): the one place that picks the parser and the stages, so that each of them finds the same events in the
 * same page. Loading the parser's models takes seconds and about a gigabyte; callers load it once per process.
 */
public final class Understanding {
    private Understanding() {}

    /** CoreNLP's English models, loaded here. */
    public static TextParser parser() {
        return CoreNlpParser.defaults();
    }

    /** The stages after parsing: entities, dates, quotes linked to the entities, then CAMEO/PLOVER events. */
    public static Analyzer.Stages stages() {
        return FullStages.load();
    }

    public static Analyzer analyzer(TextParser parser) {
        return new Analyzer(parser, stages(), AnalyzeSettings.defaults());
    }

    /** The analyzer with the default parser and stages; thread-safe. */
    public static Analyzer load() {
        return analyzer(parser());
    }
}
