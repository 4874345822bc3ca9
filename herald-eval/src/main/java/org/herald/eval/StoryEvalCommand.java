package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.stories.ArticleSimilarity;
import org.herald.stories.SimilaritySettings;
import org.herald.stories.StorySettings;

/**
 * {@code ./herald eval similarity-semeval | stories-ecbplus [--split dev|heldout|all] [--suite DIR]
 * [--check-floors] [--sweep]}: article similarity on the SemEval-2022 Task 8 pairs (Pearson r) and story
 * clustering on the ECB+ dev topics (BCubed and pairwise F1). Both print the dev half (tuned on) beside the
 * held-out half (never tuned on); halves by {@link SuiteSplit}: the CRC32 of the pair without language suffixes,
 * of the ECB+ topic number. {@code --sweep} prints a grid of settings scored on the dev half only.
 */
final class StoryEvalCommand {
    static final String FLOORS = "stories-floors.tsv";
    private static final String USAGE = String.join("\n",
            "usage: herald eval similarity-semeval | stories-ecbplus | stories-ecbplus-store [--split dev|heldout|all]"
                    + " [--suite DIR]",
            "                   [--check-floors] [--sweep]",
            "  similarity-semeval  Pearson r of `herald similarity` against the SemEval-2022 Task 8 Overall rating",
            "                      (negated: higher = more alike), same- and cross-language pairs apart",
            "  stories-ecbplus     `herald cluster` on the ECB+ dev topics, one story per sub-topic: BCubed and",
            "                      pairwise F1",
            "  stories-ecbplus-store  the same, the stories made by a store as it stores the documents",
            "  duplicates-ecbplus  near-duplicate precision and recall: each ECB+ text and an edited syndicated",
            "                      copy of it (new headline, byline, footer, a sentence cut, 3% of words changed)",
            "  --split S        dev, heldout or all (default: dev and heldout side by side)",
            "  --check-floors   exit 1 when a held-out score is below its floor in " + FLOORS,
            "  --sweep          score a grid of settings on the dev half and list the best");

    private StoryEvalCommand() {}

    static boolean handles(String suite) {
        return suite.equals("similarity-semeval") || suite.equals("stories-ecbplus")
                || suite.equals("stories-ecbplus-store") || suite.equals("duplicates-ecbplus");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String suite = args.get(0);
        Optional<Path> dir = Optional.empty();
        List<SuiteSplit> splits = List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT);
        boolean checkFloors = false;
        boolean sweep = false;
        try {
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--suite" -> dir = Optional.of(Path.of(args.get(++i)));
                    case "--split" -> splits = List.of(SuiteSplit.parse(args.get(++i)));
                    case "--check-floors" -> checkFloors = true;
                    case "--sweep" -> sweep = true;
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option: " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println((e instanceof IndexOutOfBoundsException ? "missing value" : e.getMessage()) + "\n" + USAGE);
            return 2;
        }
        String relative = suite.equals("similarity-semeval") ? StorySuites.SEMEVAL : StorySuites.ECBPLUS;
        String prefix = suite.equals("similarity-semeval") ? "semeval_"
                : suite.equals("duplicates-ecbplus") ? "duplicates_"
                : suite.equals("stories-ecbplus-store") ? "ecbplus_store_" : "ecbplus_";
        Optional<Path> found = dir.isPresent() ? dir : SuiteLocator.suite(relative);
        if (found.isEmpty() || !Files.isDirectory(found.get())) {
            err.println("suite not found: " + found.map(Path::toString).orElse("shared/eval/" + relative)
                    + " (set HERALD_EVAL_DIR or pass --suite)");
            return 2;
        }
        Map<String, Double> metrics = new java.util.LinkedHashMap<>();
        if (suite.equals("similarity-semeval")) {
            List<StorySuites.RatedPair> pairs = StorySuites.semeval(found.get());
            if (sweep) return sweepSimilarity(SuiteSplit.DEV.select(pairs, StorySuites.RatedPair::key), out);
            for (SuiteSplit split : splits) {
                SimilarityEval.Result r = SimilarityEval.score(ArticleSimilarity.defaults(),
                        split.select(pairs, StorySuites.RatedPair::key));
                out.println(r.line("similarity-semeval " + split.label()));
                if (split == SuiteSplit.DEV) {
                    out.print(SimilarityEval.byLanguages(ArticleSimilarity.defaults(),
                            split.select(pairs, StorySuites.RatedPair::key)));
                }
                metrics.put("semeval_" + split.label() + "_pearson", r.pearson());
            }
        } else if (suite.equals("duplicates-ecbplus")) {
            List<StorySuites.StoryDoc> docs = StorySuites.ecbplus(found.get());
            for (SuiteSplit split : splits) {
                DuplicateEval.Result r = DuplicateEval.score(split.select(docs, StorySuites.StoryDoc::topic));
                out.println(r.line("duplicates-ecbplus " + split.label()));
                metrics.put("duplicates_" + split.label() + "_precision", r.precision());
                metrics.put("duplicates_" + split.label() + "_recall", r.recall());
            }
        } else if (suite.equals("stories-ecbplus-store")) {
            List<StorySuites.StoryDoc> docs = StorySuites.ecbplus(found.get());
            for (SuiteSplit split : splits) {
                StoryEval.Result r = StoreStoryEval.score(split.select(docs, StorySuites.StoryDoc::topic));
                out.println(r.line("stories-ecbplus-store " + split.label()));
                metrics.put("ecbplus_store_" + split.label() + "_bcubed_f1", r.scores().bcubedF1());
                metrics.put("ecbplus_store_" + split.label() + "_pair_f1", r.scores().pairF1());
            }
        } else {
            List<StorySuites.StoryDoc> docs = StorySuites.ecbplus(found.get());
            if (sweep) return sweepStories(SuiteSplit.DEV.select(docs, StorySuites.StoryDoc::topic), out);
            for (SuiteSplit split : splits) {
                StoryEval.Result r = StoryEval.score(StorySettings.defaults(),
                        split.select(docs, StorySuites.StoryDoc::topic));
                out.println(r.line("stories-ecbplus " + split.label()));
                metrics.put("ecbplus_" + split.label() + "_bcubed_f1", r.scores().bcubedF1());
                metrics.put("ecbplus_" + split.label() + "_pair_f1", r.scores().pairF1());
            }
        }
        if (!checkFloors) return 0;
        Map<String, Double> floors = new java.util.LinkedHashMap<>(Floors.load(FLOORS));
        floors.keySet().removeIf(k -> !k.startsWith(prefix));
        int below = 0;
        for (Map.Entry<String, Double> f : floors.entrySet()) {
            Double v = metrics.get(f.getKey());
            if (v == null) {
                out.println("not measured (run with the held-out split): " + f.getKey());
                below++;
            } else if (v < f.getValue()) {
                out.printf(Locale.ROOT, "BELOW FLOOR: %s = %.4f < %.4f%n", f.getKey(), v, f.getValue());
                below++;
            }
        }
        out.println(below == 0 ? "All floors met." : below + " metric(s) below floor.");
        return below == 0 ? 0 : 1;
    }

    private static int sweepSimilarity(List<StorySuites.RatedPair> dev, PrintStream out) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>();
        for (double anchors : new double[] {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0}) {
            for (double exponent : new double[] {0.5, 0.75}) {
                for (double entity : new double[] {2, 3, 4}) {
                    SimilaritySettings s = SimilaritySettings.defaults().withExponent(exponent)
                            .withAnchorWeight(anchors).withEntityBoost(entity);
                    rows.add(Map.entry(s.toString(), SimilarityEval.score(new ArticleSimilarity(s), dev).pearson()));
                }
            }
        }
        return print(rows, "dev Pearson r", out);
    }

    private static int sweepStories(List<StorySuites.StoryDoc> dev, PrintStream out) {
        List<Map.Entry<String, Double>> rows = new ArrayList<>();
        for (int gram : new int[] {0, 5}) {
            for (double anchors : new double[] {0, 0.8}) {
                for (double entity : new double[] {1.5, 3}) {
                    for (double threshold = 0.2; threshold < 0.65; threshold += 0.05) {
                        StorySettings s = StorySettings.defaults().withJoinThreshold(threshold).withSimilarity(
                                SimilaritySettings.defaults().withGrams(gram, 0.25).withAnchorWeight(anchors)
                                        .withEntityBoost(entity));
                        rows.add(Map.entry(s.toString(), StoryEval.score(s, dev).scores().bcubedF1()));
                    }
                }
            }
        }
        return print(rows, "dev BCubed F1", out);
    }

    private static int print(List<Map.Entry<String, Double>> rows, String what, PrintStream out) {
        rows.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        out.println("best 15 of " + rows.size() + " by " + what + ":");
        rows.stream().limit(15).forEach(r -> out.printf(Locale.ROOT, "%.4f  %s%n", r.getValue(), r.getKey()));
        return 0;
    }

}
