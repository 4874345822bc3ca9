package org.herald.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;

/**
 * Scores the HTML extractor on the Trafilatura corpus ({@link TrafilaturaSuite}) the way upstream does: the body and
 * every segment white-space normalised, a {@code with} segment found as a substring is a hit, a {@code without}
 * segment found is junk kept; counts are summed over the pages. Title, author and date are scored where given.
 */
final class TrafilaturaEval {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());

    /** One page's counts: {@code found} of its must-contain segments, {@code kept} of its must-not-contain ones. */
    record PageCounts(String name, int found, int with, int kept, int without, MetadataMatch title,
                      MetadataMatch author, MetadataMatch date, List<String> keptJunk) {
        /** Share of the page's labels we got right: the page's place in the list of worst pages. */
        double share() {
            return (double) (found + without - kept) / (with + without);
        }
    }

    SuiteReport score(List<TrafilaturaSuite.Page> pages) {
        List<PageCounts> counts = pages.stream().map(this::score).toList();
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("must_contain_found", sum(counts, c -> new Ratio(c.found(), c.with())));
        m.put("must_not_contain_absent", sum(counts, c -> new Ratio(c.without() - c.kept(), c.without())));
        m.put("title", accuracy(counts, PageCounts::title));
        m.put("author", accuracy(counts, PageCounts::author));
        m.put("date", accuracy(counts, PageCounts::date));
        // The catastrophic page of this suite: not one of the segments that must be there was found.
        m.put("pages_nothing_found", sum(counts, c -> new Ratio(c.found() == 0 ? 1 : 0, 1)));
        int tp = m.get("must_contain_found").count();
        int fn = m.get("must_contain_found").total() - tp;
        int fp = m.get("must_not_contain_absent").total() - m.get("must_not_contain_absent").count();
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        String details = String.format(Locale.ROOT, "%d pages: precision %.4f, recall %.4f, F1 %.4f (upstream's"
                        + " sums: must-contain found = TP, must-not-contain found = FP)%n%n%s", counts.size(), precision,
                recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall),
                SuiteReport.sideBySide(List.of("value"), List.of(new SuiteReport(m, "", List.of()))));
        List<String> misses = counts.stream().filter(c -> c.share() < 1)
                .sorted(Comparator.comparingDouble(PageCounts::share))
                .map(c -> String.format(Locale.ROOT, "%-50s found %d/%d, junk kept %d/%d, title=%s author=%s date=%s",
                        c.name(), c.found(), c.with(), c.kept(), c.without(), c.title(), c.author(), c.date())
                        + c.keptJunk().stream().map(j -> "\n    junk: " + cut(j)).collect(Collectors.joining()))
                .toList();
        return new SuiteReport(m, details, misses);
    }

    PageCounts score(TrafilaturaSuite.Page page) {
        RawDocument doc = new RawDocument(page.name(), FundusEval.gunzip(page.file()), page.url(),
                RawDocument.Format.HTML);
        Outcome<Article> outcome = extractor.extract(doc);
        Optional<Article> article = outcome instanceof Outcome.Ok<Article> ok ? Optional.of(ok.value()) : Optional.empty();
        String body = normalise(article.map(Article::body).orElse(""));
        int found = (int) page.with().stream().filter(s -> body.contains(normalise(s))).count();
        List<String> keptJunk = page.without().stream().filter(s -> body.contains(normalise(s))).toList();
        return new PageCounts(page.name(), found, page.with().size(), keptJunk.size(), page.without().size(),
                MetadataMatch.title(page.title(), article.flatMap(Article::title)),
                MetadataMatch.byline(page.author(), article.map(Article::authors).orElse(List.of())),
                MetadataMatch.day(page.date(), article.flatMap(Article::published)), keptJunk);
    }

    /** A must-not-contain segment as a miss line shows it: one line, at most 120 characters. */
    private static String cut(String segment) {
        String line = normalise(segment);
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    static String normalise(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static Ratio sum(List<PageCounts> counts, java.util.function.Function<PageCounts, Ratio> f) {
        return counts.stream().map(f).reduce(new Ratio(0, 0), Ratio::plus);
    }

    private static Ratio accuracy(List<PageCounts> counts, java.util.function.Function<PageCounts, MetadataMatch> f) {
        return MetadataMatch.accuracy(counts.stream().map(f));
    }
}
