package org.herald.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.html.BodyConfidenceModel;

/**
 * {@code ./herald eval train-body-confidence [--out FILE]} fits the body confidence (#10) on the dev halves of the
 * Fundus and Trafilatura suites and writes {@code body-confidence.tsv}; {@code ./herald eval body-confidence
 * [--split dev|heldout|all]} scores the shipped model: how well its confidence separates bad bodies (F1 under 0.8)
 * from good ones (AUC), and at its threshold the share of good pages flagged and of bad pages caught.
 */
final class BodyConfidenceCommand {
    static final Path WEIGHTS = Path.of("herald-extract/src/main/resources/org/herald/extract/html/body-confidence.tsv");
    /** The share of good dev pages the threshold may flag: a flag should mean something. */
    static final double GOOD_FLAGGED = 0.05;
    /** The L2 strengths tried; the one with the best 5-fold cross-validated AUC on the dev pages is kept. */
    private static final double[] L2S = {0.3, 1, 3, 10, 30, 100};
    private static final int FOLDS = 5;
    static final String USAGE = String.join("\n",
            "usage: herald eval train-body-confidence [--out FILE] | body-confidence [--split dev|heldout|all]",
            "       [--misses N]",
            "  train-body-confidence  fit the body confidence on the Fundus and Trafilatura dev halves; writes",
            "                         " + WEIGHTS + " (run from the checkout's root), then rebuild",
            "  body-confidence        AUC of the shipped confidence for bad bodies (BodyConfidenceCases), at its threshold",
            "                         the good pages flagged and the bad (and catastrophic, F1 < 0.2) pages caught",
            "  --misses N             list N dev pages the flag gets wrong (never held-out ones)");

    private BodyConfidenceCommand() {}

    static boolean handles(String command) {
        return command.equals("train-body-confidence") || command.equals("body-confidence");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        int misses = 0;
        int at = args.indexOf("--misses");
        if (at > 0 && at + 1 < args.size()) {
            misses = Integer.parseInt(args.get(at + 1));
            args = new ArrayList<>(args);
            args.subList(at, at + 2).clear();
        }
        Optional<TrainingArgs> options = TrainingArgs.read(args, WEIGHTS, USAGE, err);
        if (options.isEmpty()) return 2;
        Optional<Path> fundus = SuiteLocator.suite(ExtractionSuiteCommand.FUNDUS);
        Optional<Path> trafilatura = SuiteLocator.suite(ExtractionSuiteCommand.TRAFILATURA);
        if (fundus.isEmpty() || trafilatura.isEmpty()) {
            err.println("suites not found: shared/eval/extraction/{fundus,trafilatura-evaldata} (set HERALD_EVAL_DIR)");
            return 2;
        }
        List<FundusSuite.Page> fundusPages = FundusSuite.read(fundus.get());
        List<TrafilaturaSuite.Page> trafilaturaPages = TrafilaturaSuite.read(trafilatura.get());
        BodyConfidenceCases collector = new BodyConfidenceCases();
        if (args.get(0).equals("train-body-confidence")) {
            if (!options.get().canWrite(err)) return 2;
            List<BodyConfidenceCases.Case> dev = cases(collector, fundusPages, trafilaturaPages, SuiteSplit.DEV, err);
            return train(dev, options.get().out(), out, err);
        }
        for (SuiteSplit split : options.get().splits()) {
            out.println("## body confidence, " + split.label() + "\n");
            List<BodyConfidenceCases.Case> cases = cases(collector, fundusPages, trafilaturaPages, split, err);
            out.println(report(cases));
            // Misses are listed for the dev half only: reading the held-out half's pages would be tuning on it.
            if (split == SuiteSplit.DEV) misses(cases, misses, out);
        }
        return 0;
    }

    private static List<BodyConfidenceCases.Case> cases(BodyConfidenceCases collector, List<FundusSuite.Page> fundus,
            List<TrafilaturaSuite.Page> trafilatura, SuiteSplit split, PrintStream err) {
        BodyConfidenceCases.Cases f = collector.fundus(split.select(fundus, FundusSuite.Page::publisher));
        BodyConfidenceCases.Cases t = collector.trafilatura(split.select(trafilatura, TrafilaturaSuite.Page::key));
        err.printf(Locale.ROOT, "%s: %d Fundus and %d Trafilatura pages without an article left out%n",
                split.label(), f.failed(), t.failed());
        List<BodyConfidenceCases.Case> all = new ArrayList<>(f.cases());
        all.addAll(t.cases());
        return all;
    }

    private static int train(List<BodyConfidenceCases.Case> dev, Path file, PrintStream out, PrintStream err) {
        List<String> names = BodyConfidenceModel.signalNames();
        List<double[]> x = new ArrayList<>();
        List<Boolean> good = new ArrayList<>();
        for (BodyConfidenceCases.Case c : dev) {
            x.add(names.stream().mapToDouble(n -> c.confidence().signals().getOrDefault(n, 0.0)).toArray());
            good.add(!c.bad());
        }
        double l2 = L2S[0], bestAuc = -1;
        for (double candidate : L2S) {
            double auc = crossValidatedAuc(x, good, candidate);
            out.printf(Locale.ROOT, "L2 %.1f: 5-fold AUC on dev %.3f%n", candidate, auc);
            if (auc > bestAuc + 1e-9) {
                bestAuc = auc;
                l2 = candidate;
            }
        }
        DenseLogisticFit.Fitted fit = new DenseLogisticFit(l2).fit(x, good, signs(names));
        List<Double> goodScores = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) if (good.get(i)) goodScores.add(fit.probability(x.get(i)));
        goodScores.sort(Comparator.naturalOrder());
        // Flag below the score of the good page at the 5% mark: at most 5% of good dev pages score lower.
        double threshold = goodScores.get((int) Math.floor(GOOD_FLAGGED * goodScores.size()));
        List<BodyConfidenceModel.Term> terms = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            terms.add(new BodyConfidenceModel.Term(names.get(j), fit.means()[j], fit.scales()[j], fit.weights()[j]));
        }
        BodyConfidenceModel model = BodyConfidenceModel.withShippedDoubts(fit.bias(), threshold, terms);
        long bad = dev.stream().filter(BodyConfidenceCases.Case::bad).count();
        String header = String.join("\n",
                "body-confidence.tsv: the body confidence of issue 10, a logistic regression over the signals",
                "BodySignals measures (each centred on its dev mean and divided by its dev standard deviation).",
                "Written by `./herald eval train-body-confidence` from the dev halves of the Fundus and Trafilatura",
                String.format(Locale.ROOT, "suites: %d pages, %d with a bad body (Fundus: F1 < %.1f; Trafilatura: under",
                        dev.size(), bad, BodyConfidenceCases.BAD_F1),
                "half the must-contain segments found, or more junk kept than found). L2 " + l2 + ", the best",
                "of 5-fold cross-validation on dev; each weight kept to its sign in BodySignals.SIGNS. Threshold:",
                "at most 5% of the good dev pages score below it. Do not edit by hand; retrain.");
        try {
            Files.writeString(file, model.table(header), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "trained on %d dev pages (%d bad); threshold %.4f; wrote %s (rebuild to use it)%n",
                dev.size(), bad, threshold, file);
        return 0;
    }

    private static List<String> names() {
        return BodyConfidenceModel.signalNames();
    }

    private static int[] signs(List<String> names) {
        return names.stream().mapToInt(n -> BodyConfidenceModel.signalSigns().getOrDefault(n, 0)).toArray();
    }

    /** AUC of models fitted on four fifths of the pages, scored on the fifth left out (page i in fold i mod 5). */
    private static double crossValidatedAuc(List<double[]> x, List<Boolean> good, double l2) {
        List<BodyConfidenceCases.Case> scored = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<double[]> trainX = new ArrayList<>();
            List<Boolean> trainY = new ArrayList<>();
            for (int i = 0; i < x.size(); i++) {
                if (i % FOLDS != fold) {
                    trainX.add(x.get(i));
                    trainY.add(good.get(i));
                }
            }
            DenseLogisticFit.Fitted fit = new DenseLogisticFit(l2).fit(trainX, trainY, signs(names()));
            for (int i = fold; i < x.size(); i += FOLDS) {
                scored.add(new BodyConfidenceCases.Case("", "", new org.herald.model.BodyConfidence(
                        fit.probability(x.get(i)), Optional.empty(), java.util.Map.of()), 0, !good.get(i)));
            }
        }
        return auc(scored);
    }

    /** The bad pages the flag missed and the good pages it flagged, worst first. */
    private static void misses(List<BodyConfidenceCases.Case> cases, int n, PrintStream out) {
        cases.stream().filter(c -> c.bad() != c.confidence().doubtful())
                .sorted(Comparator.comparingDouble(c -> c.bad() ? -c.confidence().value() : c.confidence().value()))
                .limit(n)
                .forEach(c -> out.printf(Locale.ROOT, "  %s %-45s f1 %.2f conf %.3f %s%n", c.bad() ? "MISSED " : "FLAGGED",
                        c.name(), c.f1(), c.confidence().value(), c.confidence().signals()));
    }

    /** AUC and the flag's recall and cost, per suite and for both together. */
    static String report(List<BodyConfidenceCases.Case> cases) {
        StringBuilder sb = new StringBuilder("| pages | bad | AUC | good flagged | bad flagged | catastrophic flagged |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        for (String suite : List.of("fundus", "trafilatura", "both")) {
            List<BodyConfidenceCases.Case> some = cases.stream()
                    .filter(c -> suite.equals("both") || c.suite().equals(suite)).toList();
            long bad = some.stream().filter(BodyConfidenceCases.Case::bad).count();
            sb.append(String.format(Locale.ROOT, "| %s %d | %d | %.3f | %s | %s | %s |%n", suite, some.size(), bad,
                    auc(some), share(some, c -> !c.bad()), share(some, BodyConfidenceCases.Case::bad),
                    share(some, c -> c.f1() < PageResult.CATASTROPHIC)));
        }
        return sb.toString();
    }

    private static String share(List<BodyConfidenceCases.Case> cases,
                                java.util.function.Predicate<BodyConfidenceCases.Case> which) {
        List<BodyConfidenceCases.Case> chosen = cases.stream().filter(which).toList();
        long flagged = chosen.stream().filter(c -> c.confidence().doubtful()).count();
        return chosen.isEmpty() ? "–" : String.format(Locale.ROOT, "%.3f (%d/%d)", (double) flagged / chosen.size(),
                flagged, chosen.size());
    }

    /** The chance that a good page scores above a bad one (ties count half): 0.5 is no separation, 1 perfect. */
    static double auc(List<BodyConfidenceCases.Case> cases) {
        List<Double> good = new ArrayList<>(), bad = new ArrayList<>();
        for (BodyConfidenceCases.Case c : cases) (c.bad() ? bad : good).add(c.confidence().value());
        if (good.isEmpty() || bad.isEmpty()) return Double.NaN;
        double wins = 0;
        for (double g : good) for (double b : bad) wins += g > b ? 1 : g == b ? 0.5 : 0;
        return wins / ((double) good.size() * bad.size());
    }
}
