package org.herald.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.events.FullStages;
import org.herald.events.learned.LearnedTypes;
import org.herald.events.learned.MiniLmEmbedder;
import org.herald.events.learned.SentenceEmbedder;
import org.herald.events.learned.SoftmaxModel;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;

/**
 * {@code ./herald eval train-event-types [--out FILE]} trains the learned event types ({@link LearnedTypes}) on the
 * dev half of {@link EventTypeCases} and writes their weights; {@code ./herald eval event-types [--split …]} scores
 * the shipped weights on the cases alone, sentence by sentence, before any actor is coded.
 * <p>
 * Training: MiniLM vectors; a first fit on the cases whose label is known fills in the open labels of the ConfliBERT
 * sentences (the best label their class allows); a five-fold fit on all of them then gives each case a probability it
 * was not trained on, and the threshold is the least one at which the guesses acted on, on real news (all suites but
 * the synthetic one), are right at least {@link #PRECISION} of the time; the final fit uses every dev case.
 */
final class EventTypeCommand {
    static final Path WEIGHTS = Path.of("herald-events/src/main/resources/org/herald/events/learned/" + LearnedTypes.WEIGHTS);
    /** The precision the threshold must reach on the folds it was not trained on. */
    static final double PRECISION = 0.75;
    static final double L2 = 1e-4;
    static final int EPOCHS = 300;
    static final double RATE = 1.0;
    private static final int FOLDS = 5;

    static final String USAGE = String.join("\n",
            "usage: herald eval train-event-types [--out FILE]",
            "       herald eval event-types [--split dev|heldout|all]",
            "  train-event-types  fit the learned event types (softmax over MiniLM vectors) on the dev half of the",
            "                     rounds, conflibert-train classes, NGEC leads and off-topic ECB+ sentences",
            "                     (default --out " + WEIGHTS + ")",
            "  event-types        the shipped weights on those sentences alone: accuracy and, at the threshold,",
            "                     how often they act and how often rightly; default: dev and heldout");

    private EventTypeCommand() {}

    static boolean handles(String command) {
        return command.equals("train-event-types") || command.equals("event-types");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        boolean train = args.get(0).equals("train-event-types");
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
        SentenceCoder rules = new SentenceCoder(new Analyzer(CoreNlpParser.defaults(), FullStages.rulesOnly(),
                AnalyzeSettings.defaults()), new ArticleExtractor(ExtractSettings.defaults()));
        int code;
        if (train) {
            if (!options.canWrite(err)) return 2;
            code = train(EventTypeCases.collect(root.get(), rules, SuiteSplit.DEV), file, out, err);
        } else {
            LearnedTypes types = LearnedTypes.load();
            for (SuiteSplit split : splits) {
                List<EventTypeCases.Case> cases = EventTypeCases.collect(root.get(), rules, split);
                List<double[]> p = cases.stream().map(c -> types.model().probabilities(types.embedder().embed(c.text())))
                        .toList();
                out.println("## event-types, " + split.label() + "\n\n" + report(cases, p, types.model()));
            }
            code = 0;
        }
        out.printf(Locale.ROOT, "(%.0f s with loading the pipeline)%n", (System.nanoTime() - start) / 1e9);
        return code;
    }

    private static int train(List<EventTypeCases.Case> cases, Path file, PrintStream out, PrintStream err) {
        List<String> labels = List.copyOf(LearnedTypes.codes().keySet().stream().sorted().toList());
        SentenceEmbedder embedder = new MiniLmEmbedder();
        List<float[]> x = cases.stream().map(c -> embedder.embed(c.text())).toList();
        double[] w = cases.stream().mapToDouble(EventTypeCases.Case::weight).toArray();
        SoftmaxFit fit = new SoftmaxFit(L2, EPOCHS, RATE);
        // First pass: the known labels alone; it fills in the open ones within what their class allows.
        List<Integer> known = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) if (cases.get(i).label().isPresent()) known.add(i);
        SoftmaxModel first = fit.fit(known.stream().map(x::get).toList(),
                known.stream().mapToInt(i -> labels.indexOf(cases.get(i).label().get())).toArray(),
                known.stream().mapToDouble(i -> w[i]).toArray(), labels, 0.5);
        int[] y = new int[cases.size()];
        int filled = 0;
        for (int i = 0; i < cases.size(); i++) {
            EventTypeCases.Case c = cases.get(i);
            if (c.label().isPresent()) {
                y[i] = labels.indexOf(c.label().get());
                continue;
            }
            double[] p = first.probabilities(x.get(i));
            int best = -1;
            for (int k = 0; k < labels.size(); k++) {
                if (c.allowed().contains(labels.get(k)) && (best < 0 || p[k] > p[best])) best = k;
            }
            y[i] = best;
            filled++;
        }
        // Out-of-fold probabilities choose the threshold.
        List<double[]> heldOut = new ArrayList<>(java.util.Collections.nCopies(cases.size(), (double[]) null));
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Integer> in = new ArrayList<>(), outOf = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) (i % FOLDS == fold ? outOf : in).add(i);
            SoftmaxModel m = fit.fit(in.stream().map(x::get).toList(), in.stream().mapToInt(i -> y[i]).toArray(),
                    in.stream().mapToDouble(i -> w[i]).toArray(), labels, 0.5);
            for (int i : outOf) heldOut.set(i, m.probabilities(x.get(i)));
        }
        double threshold = threshold(cases, heldOut, labels);
        SoftmaxModel model = fit.fit(x, y, w, labels, threshold);
        Map<String, Integer> bySuite = new LinkedHashMap<>();
        cases.forEach(c -> bySuite.merge(c.suite(), 1, Integer::sum));
        List<String> header = List.of(
                LearnedTypes.WEIGHTS + ": the learned event types (LearnedTypes): softmax regression over the 384",
                "all-MiniLM-L6-v2 (quantised) sentence vectors, one column per label of type-codes.tsv.",
                "Written by `./herald eval train-event-types` (EventTypeCommand); do not edit by hand, retrain.",
                "Trained on the dev half (SuiteSplit) of shared/eval (read in place, none of it copied here): " + bySuite,
                "  (" + filled + " conflibert-train sentences labelled by a first pass within their gold class;",
                "  NGEC synthetic leads weighted 0.5). The held-out half is never trained on;",
                "  `./herald eval event-types` and the events suites report both (docs/BENCHMARKS.md).",
                String.format(Locale.ROOT, "L2 %.0e, %d epochs of gradient descent (rate %.1f, momentum 0.9). Threshold:"
                        + " the least probability at which out-of-fold", L2, EPOCHS, RATE),
                String.format(Locale.ROOT, "  guesses on real news are right %.0f%% of the time (%d folds).",
                        PRECISION * 100, FOLDS),
                "Licence: same as Herald. The model's vectors: sentence-transformers all-MiniLM-L6-v2, Apache-2.0.");
        try (Writer wr = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            model.write(wr, header);
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.println("Wrote " + file + " from " + cases.size() + " dev sentences " + bySuite + ", threshold "
                + String.format(Locale.ROOT, "%.2f", threshold) + ". Out of fold (dev, not trained on in its fold):\n\n"
                + report(cases, heldOut, model)
                + "\nRebuild (mvn install -pl herald-cli -am) so the coder ships the new weights.");
        return 0;
    }

    /** The least threshold whose acted-on guesses on real news are right at least {@link #PRECISION} of the time. */
    private static double threshold(List<EventTypeCases.Case> cases, List<double[]> p, List<String> labels) {
        Map<String, Optional<String>> codes = LearnedTypes.codes();
        for (int t = 30; t <= 95; t++) {
            double at = t / 100.0;
            int acted = 0, right = 0;
            for (int i = 0; i < cases.size(); i++) {
                EventTypeCases.Case c = cases.get(i);
                if (c.suite().equals("ngec")) continue;
                int best = argmax(p.get(i));
                String label = labels.get(best);
                if (p.get(i)[best] < at || codes.get(label).isEmpty()) continue;
                acted++;
                if (c.allowed().contains(label)) right++;
            }
            if (acted > 0 && right >= PRECISION * acted) return at;
        }
        return 0.95;
    }

    /**
     * Per suite: how often the best label is one the gold allows, and, at the model's threshold, the share of
     * sentences the coder would code from a guess and the share of those that are right.
     */
    static String report(List<EventTypeCases.Case> cases, List<double[]> p, SoftmaxModel model) {
        Map<String, Optional<String>> codes = LearnedTypes.codes();
        Map<String, int[]> bySuite = new LinkedHashMap<>(); // cases, best right, acted, acted right
        for (int i = 0; i < cases.size(); i++) {
            EventTypeCases.Case c = cases.get(i);
            int best = argmax(p.get(i));
            String label = model.labels().get(best);
            int[] n = bySuite.computeIfAbsent(c.suite(), s -> new int[4]);
            n[0]++;
            boolean right = c.allowed().contains(label);
            if (right) n[1]++;
            if (p.get(i)[best] >= model.threshold() && codes.get(label).isPresent()) {
                n[2]++;
                if (right) n[3]++;
            }
        }
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                "threshold %.2f; right: the best label is one the gold allows (conflibert: of the gold class)%n%n",
                model.threshold()));
        b.append("| suite | sentences | best label right | coded from a guess | of those right |\n")
                .append("| --- | --- | --- | --- | --- |\n");
        bySuite.forEach((suite, n) -> b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", suite, n[0],
                new Ratio(n[1], n[0]), new Ratio(n[2], n[0]), new Ratio(n[3], n[2]))));
        return b.toString();
    }

    private static int argmax(double[] p) {
        int b = 0;
        for (int i = 1; i < p.length; i++) if (p[i] > p[b]) b = i;
        return b;
    }
}
