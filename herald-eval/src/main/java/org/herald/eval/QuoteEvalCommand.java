package org.herald.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.quote.GermanQuoteEval;
import org.herald.nlp.quote.GoldArticle;
import org.herald.nlp.quote.QuoteEval;
import org.herald.nlp.quote.QuoteFinder;
import org.herald.nlp.quote.QuoteScore;

/**
 * {@code ./herald eval quotes} scores quotes (content + speaker F1) on our annotated sample articles, tuning and
 * held-out samples apart; {@code ./herald eval quotes-german} scores direct quotes on the German Wikinews corpus
 * in {@code shared/eval/quotes/german-wikinews}.
 */
final class QuoteEvalCommand {
    /** Our annotated samples live with the quote tests; the checkout is found through {@code herald.home}. */
    static final String SAMPLES = "herald-nlp/src/test/resources/org/herald/nlp/quote";
    static final String GERMAN = "quotes/german-wikinews";
    static final String POLNEAR = "quotes/polnear";
    static final String POLNEAR_FLOORS = "polnear-floors.tsv";
    private static final String USAGE = String.join("\n",
            "usage: herald eval quotes [--suite DIR]",
            "       herald eval quotes-german [--split test|dev]",
            "       herald eval quotes-polnear [--split dev|train] [--sample N] [--misses N]",
            "  quotes          our annotated English samples (" + SAMPLES + "): quote content + speaker",
            "                  precision/recall/F1, samples written after tuning (heldout-*) reported apart",
            "  quotes-german   direct quotes on German Wikinews (shared/eval/" + GERMAN + "), no parser",
            "  quotes-polnear  PolNeAR attributions (shared/eval/" + POLNEAR + "): content precision/recall by",
            "                  word overlap, speaker right on matched quotes, quote + speaker F1; all attributions",
            "                  and direct quotes apart. --split dev (default, 84 articles; never tuned on) or train",
            "                  (840); --sample N scores N articles evenly spaced (~3 articles/s); misses are counted",
            "                  by kind (false-quote, content-boundary, speaker-wrong, speaker-unresolved,",
            "                  missed-quote) and --misses N lists N of them (train only: dev is held out)");

    private QuoteEvalCommand() {}

    static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help")) {
            out.println(USAGE);
            return 0;
        }
        if (args.get(0).equals("quotes-polnear")) {
            return polnear(args.subList(1, args.size()), out, err);
        }
        boolean german = args.get(0).equals("quotes-german");
        if (!german && !args.get(0).equals("quotes") || args.size() != 1 && args.size() != 3) {
            err.println(USAGE);
            return 2;
        }
        Optional<String> option = args.size() == 3 ? Optional.of(args.get(1)) : Optional.empty();
        if (option.isPresent() && !option.get().equals(german ? "--split" : "--suite")) {
            err.println("unknown option: " + option.get() + "\n" + USAGE);
            return 2;
        }
        Optional<String> value = option.map(o -> args.get(2));
        return german ? german(value.orElse("test"), out, err) : samples(value, out, err);
    }

    private static int samples(Optional<String> suite, PrintStream out, PrintStream err) {
        Path dir = suite.map(Path::of).orElseGet(() -> Path.of(System.getProperty("herald.home", "."), SAMPLES));
        if (!Files.isDirectory(dir)) {
            err.println("quote samples not found: " + dir + " (pass --suite DIR)");
            return 2;
        }
        List<GoldArticle> articles = QuoteEval.load(dir);
        QuoteEval eval = new QuoteEval(CoreNlpParser.defaults(), new EntityFinder()::find, new QuoteFinder());
        List<GoldArticle> tuning = articles.stream().filter(a -> !a.name().startsWith("heldout-")).toList();
        List<GoldArticle> heldOut = articles.stream().filter(a -> a.name().startsWith("heldout-")).toList();
        QuoteScore tuned = eval.score(tuning);
        QuoteScore held = eval.score(heldOut);
        out.println("Quotes on " + dir + " (content + speaker; a match shares >= 50% of tokens and the speaker)");
        out.println("  tuning samples (" + tuning.size() + "):   " + tuned.summary());
        out.println("  held-out samples (" + heldOut.size() + "): " + held.summary());
        return 0;
    }

    private static int polnear(List<String> args, PrintStream out, PrintStream err) {
        PolnearArgs options;
        try {
            options = PolnearArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String split = options.split();
        int sample = options.sample();
        int misses = options.misses();
        Optional<Path> dir = SuiteLocator.suite(POLNEAR + "/" + split);
        if (dir.isEmpty()) {
            err.println("suite not found: shared/eval/" + POLNEAR + "/" + split + " (set HERALD_EVAL_DIR)");
            return 2;
        }
        long start = System.nanoTime();
        List<PolnearSuite.Article> articles = NgecSuite.sample(PolnearSuite.read(dir.get()), sample);
        SuiteReport report = new PolnearEval(CoreNlpParser.defaults()).score(articles);
        out.println("## quotes-polnear, " + split + "\n\n" + report.details());
        // Misses are listed for train only: reading the dev half's errors would be tuning on it.
        if (split.equals("train")) report.misses().stream().limit(misses).forEach(m -> out.println("  " + m));
        out.printf(java.util.Locale.ROOT, "(%.0f s with loading the parser)%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static int german(String split, PrintStream out, PrintStream err) {
        Optional<Path> dir = SuiteLocator.suite(GERMAN + "/" + split);
        if (dir.isEmpty()) {
            err.println("suite not found: shared/eval/" + GERMAN + "/" + split + " (set HERALD_EVAL_DIR)");
            return 2;
        }
        QuoteScore score = new GermanQuoteEval().score(dir.get());
        out.println("Direct quotes on German Wikinews, " + split + ": " + score.summary());
        return 0;
    }
}
