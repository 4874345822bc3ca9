package org.herald.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.geo.Gazetteer;
import org.herald.model.json.AnalysisJson;
import org.herald.nlp.Analyzer;
import org.herald.nlp.entity.Places;
import org.herald.pipeline.Understanding;

/**
 * What an executor loads once for all its tasks: the extractor, the analyzer with its language models (seconds
 * and about a gigabyte) and the tables the GDELT columns are written from. Static, against the rule that heavy
 * resources are passed down from {@code main}: Spark ships functions to the executors, not objects, and an executor
 * JVM runs many tasks, several at once; a lazily initialised holder class is the one place such a JVM can keep
 * them, loaded on first use by the first task that needs them while the others wait. Every part is thread-safe.
 */
final class ExecutorModels {
    private static final AtomicInteger LOADS = new AtomicInteger();

    final ArticleExtractor extractor;
    final Analyzer analyzer;
    final AnalysisJson json;
    final Places places;
    final Gazetteer gazetteer;

    private ExecutorModels() {
        LOADS.incrementAndGet();
        this.extractor = new ArticleExtractor(ExtractSettings.defaults());
        this.analyzer = Understanding.load();
        this.json = new AnalysisJson();
        this.places = Places.load();
        this.gazetteer = Gazetteer.load();
    }

    /** The JVM loads a nested class on its first use, once, under its class-initialisation lock. */
    private static final class Holder {
        static final ExecutorModels MODELS = new ExecutorModels();
    }

    /** This JVM's models, loading them on the first call. */
    static ExecutorModels get() {
        return Holder.MODELS;
    }

    /** How many times this JVM loaded the models: 1 after any number of tasks (a test asserts it). */
    static int loads() {
        return LOADS.get();
    }
}
