package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code ./herald eval extraction [options]}: scores a stage on a shared suite and checks the committed floors. */
public final class EvalCommand {
    static final String READABILITY = "extraction/readability-test-pages";
    static final String FLOORS = "extraction-floors.tsv";
    private static final String USAGE = String.join("\n",
            "usage: herald eval extraction [--suite DIR] [--check-floors] [--worst N]",
            "  Scores article extraction on the Readability test pages (body: word 4-gram shingle",
            "  precision/recall/F1; title, byline, published day and language accuracy).",
            "  --suite DIR      the suite folder (default: shared/eval/" + READABILITY + " beside the checkout)",
            "  --check-floors   exit 1 when a score is below its floor in " + FLOORS,
            "  --worst N        also list the N pages with the lowest body F1");

    private EvalCommand() {}

    /** Runs the command; returns the process exit code (0 ok, 1 below a floor, 2 usage error). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (!args.get(0).equals("extraction")) {
            err.println("unknown suite: " + args.get(0) + "\n" + USAGE);
            return 2;
        }
        Optional<Path> suite = Optional.empty();
        boolean checkFloors = false;
        int worst = 0;
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        try {
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--suite" -> suite = Optional.of(Path.of(rest.get(++i)));
                    case "--check-floors" -> checkFloors = true;
                    case "--worst" -> worst = Integer.parseInt(rest.get(++i));
                    default -> throw new IllegalArgumentException("unknown option: " + rest.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println((e instanceof IndexOutOfBoundsException ? "missing value" : e.getMessage()) + "\n" + USAGE);
            return 2;
        }
        Optional<Path> dir = suite.isPresent() ? suite : SuiteLocator.suite(READABILITY);
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            err.println("suite not found: " + dir.map(Path::toString).orElse("shared/eval/" + READABILITY)
                    + " (set HERALD_EVAL_DIR or pass --suite)");
            return 2;
        }
        long start = System.nanoTime();
        ExtractionReport report = new ExtractionEval().run(dir.get());
        out.printf(Locale.ROOT, "Extraction on %s: %d pages in %.1f s%n%n", dir.get(), report.pages().size(),
                (System.nanoTime() - start) / 1e9);
        out.print(report.markdown());
        if (worst > 0) {
            out.println();
            out.print(report.worst(worst));
        }
        return checkFloors ? checkFloors(report, out) : 0;
    }

    static int checkFloors(ExtractionReport report, PrintStream out) {
        int below = 0;
        for (Map.Entry<String, Double> floor : Floors.load(FLOORS).entrySet()) {
            double value = report.metric(floor.getKey());
            if (value < floor.getValue()) {
                out.printf(Locale.ROOT, "BELOW FLOOR: %s = %.4f < %.4f%n", floor.getKey(), value, floor.getValue());
                below++;
            }
        }
        out.println(below == 0 ? "All floors met." : below + " metric(s) below floor.");
        return below == 0 ? 0 : 1;
    }
}
