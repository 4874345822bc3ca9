package org.herald.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Averages over the pages of one extraction run, and the markdown/console forms of them. */
public record ExtractionReport(List<PageResult> pages) {
    public ExtractionReport {
        pages = List.copyOf(pages);
    }

    /** Mean precision over pages. */
    public double precision() {
        return pages.stream().mapToDouble(p -> p.body().precision()).average().orElse(0);
    }

    /** Mean recall over pages. */
    public double recall() {
        return pages.stream().mapToDouble(p -> p.body().recall()).average().orElse(0);
    }

    /** F1 of the mean precision and the mean recall, as the extraction benchmarks report it. */
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double titleAccuracy() { return accuracy(PageResult::title); }
    public double bylineAccuracy() { return accuracy(PageResult::byline); }
    public double publishedAccuracy() { return accuracy(PageResult::published); }
    public double languageAccuracy() { return accuracy(PageResult::language); }

    /** Pages whose body F1 is below {@value PageResult#CATASTROPHIC} although the gold has text. */
    public long catastrophicPages() {
        return pages.stream().filter(PageResult::catastrophic).count();
    }

    long scored(Function<PageResult, MetadataMatch> field) {
        return pages.stream().filter(p -> field.apply(p) != MetadataMatch.NOT_SCORED).count();
    }

    private double accuracy(Function<PageResult, MetadataMatch> field) {
        return MetadataMatch.accuracy(pages.stream().map(field)).value();
    }

    /** The metric by its name in the floors file. */
    public double metric(String name) {
        switch (name) {
            case "body_precision": return precision();
            case "body_recall": return recall();
            case "body_f1": return f1();
            case "title": return titleAccuracy();
            case "byline": return bylineAccuracy();
            case "published": return publishedAccuracy();
            case "language": return languageAccuracy();
            case "catastrophic_pages": return catastrophicPages();
            default: throw new IllegalArgumentException("unknown metric: " + name);
        }
    }

    /** A markdown table of the summary, for docs/BENCHMARKS.md. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| metric | value | pages scored |\n| --- | --- | --- |\n");
        row(sb, "body precision (4-gram shingles, mean over pages)", precision(), pages.size());
        row(sb, "body recall", recall(), pages.size());
        row(sb, "body F1 (of the two means)", f1(), pages.size());
        row(sb, "title exact", titleAccuracy(), scored(PageResult::title));
        row(sb, "byline author set", bylineAccuracy(), scored(PageResult::byline));
        row(sb, "published (day)", publishedAccuracy(), scored(PageResult::published));
        row(sb, "language (primary subtag)", languageAccuracy(), scored(PageResult::language));
        sb.append(String.format(Locale.ROOT, "| catastrophic pages (body F1 < %.1f, gold has text) | %d | %d |%n",
                PageResult.CATASTROPHIC, catastrophicPages(), pages.size()));
        return sb.toString();
    }

    /** The worst pages by body F1, for finding what to fix. */
    public String worst(int n) {
        StringBuilder sb = new StringBuilder();
        pages.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(n).forEach(p -> sb.append(worstLine(p)));
        return sb.toString();
    }

    private static String worstLine(PageResult p) {
        return String.format(Locale.ROOT, "%-40s F1=%.3f P=%.3f R=%.3f title=%s byline=%s date=%s lang=%s%n",
                p.name(), p.f1(), p.body().precision(), p.body().recall(), p.title(), p.byline(), p.published(),
                p.language());
    }

    /** {@link #worst(int)} with, under each page, the paragraphs we kept that the gold lacks (each cut at 160). */
    public String worstWithStray(int n) {
        StringBuilder sb = new StringBuilder();
        pages.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(n).forEach(p -> {
            sb.append(worstLine(p));
            for (String stray : p.strayParagraphs()) {
                String line = stray.replace('\n', ' ');
                sb.append("    + ").append(line.length() > 160 ? line.substring(0, 160) + "…" : line).append('\n');
            }
        });
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, double value, long n) {
        if (n == 0) return; // a field this suite has no gold for (the Fundus pages give no language)
        sb.append(String.format(Locale.ROOT, "| %s | %.4f | %d |%n", label, value, n));
    }
}
