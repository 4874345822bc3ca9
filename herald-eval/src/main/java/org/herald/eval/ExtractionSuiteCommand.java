package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code ./herald eval extract-fundus | extract-trafilatura [--split dev|heldout|all] [--misses N] [--check-floors]}:
 * the extraction development suites of issue 10, each split by {@link SuiteSplit} on the page's site (Fundus: the
 * publisher; Trafilatura: the URL's host), so one site's templates never sit in both halves. Without {@code --split}
 * the dev half (tunable) and the held-out half (never tuned on) are both reported.
 */
final class ExtractionSuiteCommand {
    static final String FUNDUS = "extraction/fundus";
    static final String TRAFILATURA = "extraction/trafilatura-evaldata";
    static final String FUNDUS_FLOORS = "fundus-floors.tsv";
    static final String TRAFILATURA_FLOORS = "trafilatura-floors.tsv";

    static final String USAGE = String.join("\n",
            "usage: herald eval extract-fundus | extract-trafilatura [--split dev|heldout|all] [--misses N]",
            "       [--stray] [--check-floors]",
            "  extract-fundus       Fundus parser test pages (258 pages, 181 publishers): body word 4-gram shingle",
            "                       precision/recall/F1 against the expected summary + paragraphs, title, author",
            "                       set, published day, catastrophic pages (body F1 < 0.2)",
            "  extract-trafilatura  Trafilatura's evaluation corpus (990 pages): share of must-contain segments",
            "                       found and of must-not-contain segments absent, title, author, date",
            "  --split S            dev (CRC32 of the site even: tunable), heldout (odd: never tune on it) or all;",
            "                       default: dev and heldout",
            "  --misses N           list the N worst pages of the dev half (never the held-out half's)",
            "  --stray              with --misses on Fundus: under each page, the paragraphs we kept that the gold",
            "                       mostly lacks (under half their shingles in it)",
            "  --check-floors       exit 1 when the held-out half is below a floor in " + FUNDUS_FLOORS + " or "
                    + TRAFILATURA_FLOORS);

    private ExtractionSuiteCommand() {}

    static boolean handles(String suite) {
        return suite.equals("extract-fundus") || suite.equals("extract-trafilatura");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String suite = args.get(0);
        List<SuiteSplit> splits = List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT);
        int misses = 0;
        boolean checkFloors = false;
        boolean stray = false;
        try {
            for (int i = 1; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--split" -> splits = List.of(SuiteSplit.parse(args.get(++i)));
                    case "--misses" -> misses = Integer.parseInt(args.get(++i));
                    case "--stray" -> stray = true;
                    case "--check-floors" -> checkFloors = true;
                    default -> throw new IllegalArgumentException("unknown option: " + args.get(i));
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            err.println((e instanceof IndexOutOfBoundsException ? "missing value" : e.getMessage()) + "\n" + USAGE);
            return 2;
        }
        boolean fundus = suite.equals("extract-fundus");
        Optional<Path> dir = SuiteLocator.suite(fundus ? FUNDUS : TRAFILATURA);
        if (dir.isEmpty()) {
            err.println("suite not found: shared/eval/" + (fundus ? FUNDUS : TRAFILATURA) + " (set HERALD_EVAL_DIR)");
            return 2;
        }
        if (checkFloors && !splits.contains(SuiteSplit.HELDOUT)) splits = List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT);
        long start = System.nanoTime();
        int below = 0;
        List<FundusSuite.Page> fundusPages = fundus ? FundusSuite.read(dir.get()) : List.of();
        List<TrafilaturaSuite.Page> trafilaturaPages = fundus ? List.of() : TrafilaturaSuite.read(dir.get());
        for (SuiteSplit split : splits) {
            out.println("## " + suite + ", " + split.label() + "\n");
            // Misses are listed for the dev half only: reading the held-out half's errors would be tuning on it.
            int listed = split == SuiteSplit.DEV ? misses : 0;
            boolean floors = checkFloors && split == SuiteSplit.HELDOUT;
            if (fundus) {
                ExtractionReport r = new FundusEval().score(split.select(fundusPages, FundusSuite.Page::publisher));
                out.println(r.pages().size() + " pages\n\n" + r.markdown());
                if (listed > 0) out.print(stray ? r.worstWithStray(listed) : r.worst(listed));
                if (floors) below += EvalCommand.checkFloors(r::metric, FUNDUS_FLOORS, out);
            } else {
                SuiteReport r = new TrafilaturaEval().score(split.select(trafilaturaPages, TrafilaturaSuite.Page::key));
                out.println(r.details());
                r.misses().stream().limit(listed).forEach(m -> out.println("  " + m));
                if (floors) below += EvalCommand.checkFloors(name -> r.metric(name).value(), TRAFILATURA_FLOORS, out);
            }
        }
        out.printf(Locale.ROOT, "(%.0f s)%n", (System.nanoTime() - start) / 1e9);
        return below == 0 ? 0 : 1;
    }
}
