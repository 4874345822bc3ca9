package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.nlp.corenlp.CoreNlpParser;

/**
 * {@code ./herald eval entities-polnear [--split dev|train] [--sample N] [--misses N]}: the people of PolNeAR's
 * articles against the countries of the Phoenix country actor dictionary ({@link EntityEval}).
 */
final class EntityEvalCommand {
    /** The floors {@code EntityPolnearFloorsIT} checks on PolNeAR's dev sample. */
    static final String FLOORS = "entities-polnear-floors.tsv";
    static final String USAGE = String.join("\n",
            "usage: herald eval entities-polnear [--split dev|train] [--sample N] [--misses N]",
            "  People's countries on PolNeAR's articles (shared/eval/" + QuoteEvalCommand.POLNEAR + "), gold from the",
            "  Phoenix country actor dictionary (shared/eval/" + PhoenixPeople.FILE + "): of the people",
            "  Herald finds that the dictionary lists under one country, the share given that country.",
            "  --sample N   N articles evenly spaced in name order (default: all)",
            "  --misses N   list N wrong or missing countries and organisations of title words (train only)");

    private EntityEvalCommand() {}

    static boolean handles(String suite) {
        return suite.equals("entities-polnear");
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        PolnearArgs options;
        try {
            options = PolnearArgs.parse(args.subList(1, args.size()));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String split = options.split();
        int sample = options.sample();
        int misses = options.misses();
        Optional<Path> dir = SuiteLocator.suite(QuoteEvalCommand.POLNEAR + "/" + split);
        Optional<Path> phoenix = SuiteLocator.evalRoot().map(r -> r.resolve(PhoenixPeople.FILE)).filter(java.nio.file.Files::isRegularFile);
        if (dir.isEmpty() || phoenix.isEmpty()) {
            err.println("suite not found: shared/eval/" + QuoteEvalCommand.POLNEAR + "/" + split + " or shared/eval/"
                    + PhoenixPeople.FILE + " (set HERALD_EVAL_DIR)");
            return 2;
        }
        long start = System.nanoTime();
        List<PolnearSuite.Article> articles = NgecSuite.sample(PolnearSuite.read(dir.get()), sample);
        SuiteReport report = new EntityEval(CoreNlpParser.defaults(), PhoenixPeople.read(phoenix.get())).score(articles);
        out.println("## entities-polnear, " + split + "\n\n" + report.details());
        // Misses are listed for train only, as for quotes-polnear: reading dev's errors would be tuning on it.
        if (split.equals("train")) report.misses().stream().limit(misses).forEach(m -> out.println("  " + m));
        out.printf(Locale.ROOT, "(%.0f s with loading the parser)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
