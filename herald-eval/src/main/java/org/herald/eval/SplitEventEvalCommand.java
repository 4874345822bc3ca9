package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.herald.events.FullStages;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;

/**
 * {@code ./herald eval events-conflibert | events-rounds | events-ngec | events-offtopic [--split dev|heldout|all]}: the wave-2
 * development suites of issue 9, each split by {@link SuiteSplit}. Without {@code --split} the dev half (tunable)
 * and the held-out half (never tuned on) are reported side by side. One pipeline is loaded per run.
 */
final class SplitEventEvalCommand {
    /**
     * Stories per half that events-ngec scores by default: ~0.13 s of one core per story (median 1,338 characters;
     * 158 s of CPU for 2 x 600 on the 2-core machine of docs/BENCHMARKS.md), so all 4,500 would take ~10 minutes.
     */
    static final int NGEC_SAMPLE = 600;

    static final String USAGE = String.join("\n",
            "usage: herald eval events-conflibert | events-rounds | events-ngec | events-offtopic",
            "       [--split dev|heldout|all]",
            "       [--misses N] [--sample N]",
            "  events-conflibert  ConfliBERT CAMEO train sentences: 5 coarse classes (1,349) and source/target",
            "                     spans (1,153)",
            "  events-rounds      CAMEO_ConfliBERT coder rounds: 200 sentences, CAMEO roots and spans of 3-5 coders",
            "  events-ngec        NGEC synthetic stories (machine-written): PLOVER type and mode, 4,500 stories",
            "  events-offtopic    ECB+ development topics with no political interaction (sports, culture,",
            "                     disasters; offtopic-topics.tsv): share of documents and sentences with an event",
            "  --split S          dev (CRC32 of the text even: tunable), heldout (odd: never tune on it) or all;",
            "                     events-ngec hashes the story's headline template instead of its text,",
            "                     events-offtopic the ECB+ topic number",
            "                     default: dev and heldout side by side",
            "  --misses N         list N cases of the dev half Herald got wrong (never the held-out half's)",
            "  --sample N         score N stories of each half, evenly spaced in file order; events-ngec defaults",
            "                     to " + NGEC_SAMPLE + " (all 4,500 stories take ~10 minutes of one core), 0 scores all");

    private SplitEventEvalCommand() {}

    static boolean handles(String suite) {
        return List.of("events-conflibert", "events-rounds", "events-ngec", "events-offtopic").contains(suite);
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String suite = args.get(0);
        List<SuiteSplit> splits = List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT);
        int sample = suite.equals("events-ngec") ? NGEC_SAMPLE : 0;
        int misses = 0;
        try {
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--split" -> splits = List.of(SuiteSplit.parse(args.get(++i)));
                    case "--sample" -> sample = Integer.parseInt(args.get(++i));
                    case "--misses" -> misses = Integer.parseInt(args.get(++i));
                    default -> throw new IllegalArgumentException("unknown option: " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println((e instanceof IndexOutOfBoundsException ? "missing value" : e.getMessage()) + "\n" + USAGE);
            return 2;
        }
        Optional<Path> root = SuiteLocator.suite("events");
        if (root.isEmpty()) {
            err.println("suite not found: shared/eval/events (set HERALD_EVAL_DIR)");
            return 2;
        }
        long start = System.nanoTime();
        SentenceCoder coder = new SentenceCoder(new Analyzer(CoreNlpParser.defaults(), FullStages.load(),
                AnalyzeSettings.defaults()), new ArticleExtractor(ExtractSettings.defaults()));
        Function<SuiteSplit, SuiteReport> scorer = scorer(suite, root.get(), coder, sample);
        List<SuiteReport> reports = new ArrayList<>();
        int listed = misses;
        for (SuiteSplit split : splits) {
            SuiteReport r = scorer.apply(split);
            reports.add(r);
            out.println("## " + suite + ", " + split.label() + "\n\n" + r.details());
            // Misses are listed for the dev half only: reading the held-out half's errors would be tuning on it.
            if (split == SuiteSplit.DEV) r.misses().stream().limit(listed).forEach(m -> out.println("  " + m));
        }
        out.println("## " + suite + (sample > 0 ? ", " + sample + " stories sampled per half" : "") + "\n");
        out.print(SuiteReport.sideBySide(splits.stream().map(SuiteSplit::label).toList(), reports));
        out.printf(Locale.ROOT, "(%.0f s with loading the pipeline)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    /** The suite's scorer for one split. */
    static Function<SuiteSplit, SuiteReport> scorer(String suite, Path events, SentenceCoder coder, int sample) {
        return switch (suite) {
            case "events-conflibert" -> {
                Path dir = events.resolve("conflibert-train");
                List<ConfliBertSuite.ClassCase> classes = ConfliBertSuite.classCases(dir.resolve("cameo_class/train.tsv"));
                List<ConfliBertSuite.SpanCase> spans = ConfliBertSuite.spanCases(dir.resolve("cameo_ner/train.txt"), classes);
                ConfliBertEval eval = new ConfliBertEval(coder);
                yield split -> eval.score(split.select(classes, ConfliBertSuite.ClassCase::text),
                        split.select(spans, ConfliBertSuite.SpanCase::text));
            }
            case "events-rounds" -> {
                List<RoundsSuite.RoundCase> cases = RoundsSuite.read(events.resolve("cameo-conflibert-rounds"));
                RoundsEval eval = new RoundsEval(coder);
                yield split -> eval.score(split.select(cases, RoundsSuite.RoundCase::text));
            }
            case "events-ngec" -> {
                List<NgecSuite.Story> stories = NgecSuite.read(events.resolve("ngec-synthetic"));
                NgecEval eval = new NgecEval(coder);
                yield split -> eval.score(NgecSuite.sample(split.select(stories, NgecSuite.Story::template), sample));
            }
            case "events-offtopic" -> {
                // ECB+ sits beside the event suites, in shared/eval/clustering.
                List<OfftopicSuite.Document> docs =
                        OfftopicSuite.read(events.resolveSibling("clustering").resolve("ecbplus-dev"));
                OfftopicEval eval = new OfftopicEval(coder);
                yield split -> eval.score(NgecSuite.sample(split.select(docs, OfftopicSuite.Document::topic), sample));
            }
            default -> throw new IllegalArgumentException("unknown suite: " + suite);
        };
    }
}
