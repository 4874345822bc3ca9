package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code ./herald eval extraction|scraped [options]}: scores a stage on a shared suite and checks the committed
 * floors. {@code extraction} scores the HTML extractor, {@code scraped} the scraped-text extractor on the same
 * pages rendered to their visible text.
 */
public final class EvalCommand {
    static final String READABILITY = "extraction/readability-test-pages";
    static final String FLOORS = "extraction-floors.tsv";
    static final String SCRAPED_FLOORS = "scraped-floors.tsv";
    private static final String USAGE = String.join("\n",
            "usage: herald eval extraction|scraped [--suite DIR] [--check-floors] [--worst N] [--no-captions]",
            "       herald eval quotes [--suite DIR] | quotes-german [--split test|dev]",
            "       herald eval events-petrarch | events-tabari | events-gsr | events-cameo [--worst N]",
            "       herald eval events-conflibert | events-rounds | events-ngec | events-offtopic [--split dev|heldout|all]",
            "       herald eval train-confidence [--out FILE] | events-confidence [--split dev|heldout|all]",
            "       herald eval train-event-types [--out FILE] | event-types [--split dev|heldout|all]",
            "       herald eval extract-fundus | extract-trafilatura [--split dev|heldout|all] [--misses N [--stray]]",
            "       herald eval train-body-confidence [--out FILE] | body-confidence [--split dev|heldout|all]",
            "       herald eval similarity-semeval | stories-ecbplus | duplicates-ecbplus [--split dev|heldout|all]",
            "       herald eval entities-polnear [--split dev|train] [--sample N] [--misses N]",
            "  (herald eval quotes --help for the quote suites)",
            "  Scores article extraction on the Readability test pages (body: word 4-gram shingle",
            "  precision/recall/F1; title, byline, published day and language accuracy).",
            "  extraction       the HTML extractor on the pages as served (floors: " + FLOORS + ")",
            "  scraped          the scraped-text extractor on each page's visible text, furniture",
            "                   included, one line per block (floors: " + SCRAPED_FLOORS + ")",
            "  --suite DIR      the suite folder (default: shared/eval/" + READABILITY + " beside the checkout)",
            "  --check-floors   exit 1 when a score is below its floor in " + FLOORS,
            "  --worst N        also list the N pages with the lowest body F1",
            "  --no-captions    the extractor's default of leaving captions outside <figure> out of the body",
            "                   (the suite keeps them by default: its gold, Readability's output, keeps them)");

    private EvalCommand() {}

    /** Runs the command; returns the process exit code (0 ok, 1 below a floor, 2 usage error). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (EntityEvalCommand.handles(args.get(0))) {
            return EntityEvalCommand.run(args, out, err);
        }
        if (StoryEvalCommand.handles(args.get(0))) {
            return StoryEvalCommand.run(args, out, err);
        }
        if (ConfidenceCommand.handles(args.get(0))) {
            return ConfidenceCommand.run(args, out, err);
        }
        if (EventTypeCommand.handles(args.get(0))) {
            return EventTypeCommand.run(args, out, err);
        }
        if (SplitEventEvalCommand.handles(args.get(0))) {
            return SplitEventEvalCommand.run(args, out, err);
        }
        if (BodyConfidenceCommand.handles(args.get(0))) {
            return BodyConfidenceCommand.run(args, out, err);
        }
        if (ExtractionSuiteCommand.handles(args.get(0))) {
            return ExtractionSuiteCommand.run(args, out, err);
        }
        if (args.get(0).startsWith("events-")) {
            return EventEvalCommand.run(args, out, err);
        }
        if (args.get(0).startsWith("quotes")) {
            return QuoteEvalCommand.run(args, out, err);
        }
        boolean scraped = args.get(0).equals("scraped");
        if (!scraped && !args.get(0).equals("extraction")) {
            err.println("unknown suite: " + args.get(0) + "\n" + USAGE);
            return 2;
        }
        Optional<Path> suite = Optional.empty();
        boolean checkFloors = false;
        int worst = 0;
        boolean captionsInBody = true;
        List<String> rest = new ArrayList<>(args.subList(1, args.size()));
        try {
            for (int i = 0; i < rest.size(); i++) {
                switch (rest.get(i)) {
                    case "--suite" -> suite = Optional.of(Path.of(rest.get(++i)));
                    case "--check-floors" -> checkFloors = true;
                    case "--worst" -> worst = Integer.parseInt(rest.get(++i));
                    case "--no-captions" -> captionsInBody = false;
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
        ExtractionReport report = (scraped ? ExtractionEval.scrapedText() : ExtractionEval.html(captionsInBody))
                .run(dir.get());
        out.printf(Locale.ROOT, "%s on %s: %d pages in %.1f s%n%n", scraped ? "Scraped text" : "Extraction", dir.get(),
                report.pages().size(),
                (System.nanoTime() - start) / 1e9);
        out.print(report.markdown());
        if (worst > 0) {
            out.println();
            out.print(report.worst(worst));
        }
        return checkFloors ? checkFloors(report::metric, scraped ? SCRAPED_FLOORS : FLOORS, out) : 0;
    }

    /**
     * Prints every metric below its floor in {@code floorsFile}; returns 0 when all are met, else 1. A name ending in
     * {@code _max} is a ceiling on the metric without that suffix ({@code catastrophic_pages_max 2}).
     */
    static int checkFloors(Function<String, Double> metric, String floorsFile, PrintStream out) {
        int below = 0;
        for (Map.Entry<String, Double> floor : Floors.load(floorsFile).entrySet()) {
            boolean ceiling = floor.getKey().endsWith("_max");
            String name = ceiling ? floor.getKey().substring(0, floor.getKey().length() - 4) : floor.getKey();
            double value = metric.apply(name);
            if (ceiling ? value > floor.getValue() : value < floor.getValue()) {
                out.printf(Locale.ROOT, "%s: %s = %.4f %s %.4f%n", ceiling ? "ABOVE CEILING" : "BELOW FLOOR", name,
                        value, ceiling ? ">" : "<", floor.getValue());
                below++;
            }
        }
        out.println(below == 0 ? "All floors met." : below + " metric(s) below floor.");
        return below == 0 ? 0 : 1;
    }
}
