package org.herald.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.events.FullStages;
import org.herald.events.confidence.LogisticModel;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;

/**
 * {@code ./herald eval train-confidence [--out FILE]} fits the event confidence model on the dev half of the
 * labelled event suites ({@link ConfidenceCases}) and writes its weights; {@code ./herald eval events-confidence
 * [--split dev|heldout|all]} shows how well the shipped confidences are calibrated ({@link Calibration}).
 */
final class ConfidenceCommand {
    /** Where the coder reads its weights, from the checkout's root. */
    static final Path WEIGHTS = Path.of("herald-events/src/main/resources/org/herald/events/confidence/weights.tsv");
    /** The L2 penalty: a Gaussian prior of variance 1 on each weight, which keeps a rare verb's weight small. */
    static final double L2 = 1.0;
    /** Features seen on fewer dev events get no weight. */
    static final int MIN_COUNT = 5;

    static final String USAGE = String.join("\n",
            "usage: herald eval train-confidence [--out FILE]",
            "       herald eval events-confidence [--split dev|heldout|all]",
            "  train-confidence   fit the event confidence (logistic regression) on the dev half of the",
            "                     conflibert-train classes, the rounds, the GSR and the CAMEO examples",
            "                     (default --out " + WEIGHTS + ")",
            "  events-confidence  reliability table, ECE, Brier and precision at 0.5 / 0.7 / 0.8 of the shipped",
            "                     confidences; default: dev (trained on) and heldout (never trained on)");

    private ConfidenceCommand() {}

    static boolean handles(String command) {
        return command.equals("train-confidence") || command.equals("events-confidence");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean train = args.get(0).equals("train-confidence");
        Optional<TrainingArgs> read = TrainingArgs.read(args, WEIGHTS, USAGE, err);
        if (read.isEmpty()) return 2;
        TrainingArgs options = read.get();
        Path file = options.out();
        List<SuiteSplit> splits = options.splits();
        Optional<Path> root = SuiteLocator.suite("events");
        if (root.isEmpty()) {
            err.println("suite not found: shared/eval/events (set HERALD_EVAL_DIR)");
            return 2;
        }
        long start = System.nanoTime();
        SentenceCoder coder = new SentenceCoder(new Analyzer(CoreNlpParser.defaults(), FullStages.load(),
                AnalyzeSettings.defaults()), new ArticleExtractor(ExtractSettings.defaults()));
        if (train) {
            if (!options.canWrite(err)) return 2;
            return train(ConfidenceCases.collect(root.get(), coder, SuiteSplit.DEV), file, out, err);
        }
        for (SuiteSplit split : splits) {
            Calibration c = new Calibration(ConfidenceCases.collect(root.get(), coder, split));
            out.println("## events-confidence, " + split.label() + "\n\n" + c.markdown());
        }
        out.printf(Locale.ROOT, "(%.0f s with loading the pipeline)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static int train(List<ConfidenceCases.Labelled> dev, Path file, PrintStream out, PrintStream err) {
        LogisticModel model = new LogisticFit(L2, MIN_COUNT).fit(
                dev.stream().map(ConfidenceCases.Labelled::features).toList(),
                dev.stream().map(ConfidenceCases.Labelled::right).toList());
        long right = dev.stream().filter(ConfidenceCases.Labelled::right).count();
        List<String> header = List.of(
                "weights.tsv: the event confidence model (LogisticModel): logistic regression over EventFeatures.",
                "Written by `./herald eval train-confidence` (ConfidenceCommand); do not edit by hand, retrain.",
                String.format(Locale.ROOT, "Trained on the dev half (SuiteSplit: CRC32 of the text even) of %d events "
                        + "coded by Herald, %d right:", dev.size(), right),
                "  conflibert-train cameo_class, cameo-conflibert-rounds, UniversalPetrarch GSR and the CAMEO manual's",
                "  examples (shared/eval/events; read in place, none of it copied here). The held-out half is never",
                "  trained on; `./herald eval events-confidence` reports both (docs/BENCHMARKS.md).",
                "Right: the event's type is one the gold gives its sentence: its coarse class for conflibert-train,",
                "  its CAMEO root for the others (rounds: a root most of the coders chose). Actors are not judged.",
                String.format(Locale.ROOT, "L2 penalty %.1f (bias not penalised), Newton's method; features seen on "
                        + "fewer than %d dev events are left out.", L2, MIN_COUNT),
                "Licence: same as Herald.");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(w, header);
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        List<ConfidenceCases.Labelled> refit = dev.stream().map(l -> new ConfidenceCases.Labelled(l.suite(),
                l.features(), model.confidence(l.features()), l.right())).toList();
        out.println("Wrote " + file + " from " + dev.size() + " dev events. On them (trained on):\n\n"
                + new Calibration(refit).markdown()
                + "\nRebuild (mvn install -pl herald-cli -am) so the coder ships the new weights.");
        return 0;
    }
}
