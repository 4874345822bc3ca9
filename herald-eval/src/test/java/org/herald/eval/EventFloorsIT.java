package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.herald.events.FullStages;
import org.herald.events.petrarch.PetrarchUnitTestEval;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.corenlp.CoreNlpTreebankParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The event suites of shared/eval/events against the floors in event-floors.tsv. */
class EventFloorsIT {
    private final Map<String, Double> floors = Floors.load("event-floors.tsv");
    private final Path events = SuiteLocator.suite("events").orElseThrow(
            () -> new AssertionError("shared/eval/events not found beside the checkout; set HERALD_EVAL_DIR"));

    private void atLeast(String metric, double value) {
        double floor = floors.get(metric);
        assertTrue(value >= floor, metric + " = " + value + " < floor " + floor);
    }

    @Test
    void petrarchUnitTestsThroughThePetrarchFormatReader() {
        PetrarchUnitTestEval.Report report = PetrarchUnitTestEval.run(events.resolve("petrarch-unittest"));
        atLeast("petrarch_unittest_events", report.overall().eventRate());
    }

    /** Opt-in (-Dherald.eval.tabari=true): the PCFG parses of the 461 records take ~2 minutes on 2 cores. */
    @Test
    @EnabledIfSystemProperty(named = "herald.eval.tabari", matches = "true")
    void tabariValidationRecordsThroughThePcfgAndThePetrarchStyleCoder() {
        TabariEval.Report report = TabariEval.run(events.resolve("tabari-validation"), CoreNlpTreebankParser.load());
        System.out.print(report.summary());
        atLeast(EventEvalCommand.TABARI_FLOOR, report.overall().eventRate());
    }

    @Test
    void heraldsOwnCoderOnTheCameoExamplesAndTheGsr() {
        Analyzer analyzer = new Analyzer(CoreNlpParser.defaults(), FullStages.load(), AnalyzeSettings.defaults());
        EventEval eval = new EventEval(analyzer, new ArticleExtractor(ExtractSettings.defaults()));
        EventEval.Score cameo = eval.score(EventSuites.cameoExamples(
                events.resolve("cameo-codes/icews-cameo-codes.csv")));
        System.out.println("events-cameo: " + cameo.summary());
        atLeast("cameo_examples_root_recall", cameo.rootRecall());
        atLeast("cameo_examples_root_precision", cameo.rootPrecision());
        EventEval.Score gsr = eval.score(EventSuites.jsonl(
                events.resolve("universalpetrarch/petr2_gsr_validation.jsonl")));
        System.out.println("events-gsr: " + gsr.summary());
        atLeast("gsr_root_recall", gsr.rootRecall());
        atLeast("gsr_root_precision", gsr.rootPrecision());
        atLeast("gsr_dyad_recall", gsr.dyadRecall());
        atLeast("gsr_plover_recall", gsr.ploverRecall());
        atLeast("gsr_plover_precision", gsr.ploverPrecision());
    }
}
