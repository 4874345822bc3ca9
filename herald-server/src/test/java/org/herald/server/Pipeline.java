package org.herald.server;

import org.herald.events.FullStages;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.pipeline.Ingestor;
import org.herald.store.Store;

/**
 * The real ingest pipeline for the *IT tests, built as the CLI builds it (CoreNLP parser, full stages, the store's
 * ingestor). The analyzer is loaded once per test JVM and shared: its models take seconds and about a gigabyte,
 * and failsafe runs every IT class in one JVM.
 */
final class Pipeline {
    private static Analyzer analyzer;

    private Pipeline() {}

    static synchronized Analyzer analyzer() {
        if (analyzer == null) {
            analyzer = new Analyzer(CoreNlpParser.defaults(), FullStages.load(), AnalyzeSettings.defaults());
        }
        return analyzer;
    }

    static ArticleIntake intake(Store store) {
        return new IngestorIntake(new Ingestor(new ArticleExtractor(ExtractSettings.defaults()), analyzer(), store), store);
    }
}
