package org.herald.cli;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Article;
import org.herald.model.Outcome;

/** A few lines a person can read about one outcome: what was found, and the start of the text. */
final class ArticleSummary {
    private static final int WIDTH = 96;
    private static final int PREVIEW_LINES = 3;

    String format(Outcome<Article> outcome) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(outcome.source()).append('\n');
        if (outcome instanceof Outcome.Failed<Article> f) {
            sb.append("   failed:   ").append(f.reason().kind()).append(": ").append(f.detail()).append('\n');
            return sb.toString();
        }
        Article a = ((Outcome.Ok<Article>) outcome).value();
        field(sb, "title", a.title().orElse("-"));
        field(sb, "date", a.published().map(d -> d + (a.publishedInferred() ? " (inferred from the text)" : ""))
                .orElse("-"));
        field(sb, "authors", a.authors().isEmpty() ? "-" : String.join(", ", a.authors()));
        field(sb, "language", a.language().orElse("-"));
        field(sb, "words", a.words() + " in " + a.paragraphs().size() + " paragraphs");
        a.image().ifPresent(img -> field(sb, "image",
                img.caption().or(img::url).orElse("-") + img.credit().map(c -> " (" + c + ")").orElse("")));
        if (!a.related().isEmpty()) {
            field(sb, "related", a.related().size() + " links kept apart from the body");
        }
        for (String line : wrap(a.body(), WIDTH - 3, PREVIEW_LINES)) {
            sb.append("   | ").append(line).append('\n');
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        sb.append("   ").append(String.format("%-10s", name + ":")).append(value).append('\n');
    }

    /**
     * The first {@code maxLines} lines of the text wrapped to {@code width} terminal columns. Chinese and Japanese
     * characters take two columns and the text has no spaces, so such lines are cut between characters.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = text.replaceAll("\\s+", " ").strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int fit = fittingChars(rest, width);
            if (fit == rest.length()) {
                lines.add(rest);
                rest = "";
                break;
            }
            int space = rest.lastIndexOf(' ', fit);
            int cut = space > fit / 2 ? space : fit;
            lines.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            int last = lines.size() - 1;
            lines.set(last, lines.get(last) + " …");
        }
        return lines;
    }

    /** How many chars of {@code s}, from the start, fit in {@code width} columns; never splits a surrogate pair. */
    private static int fittingChars(String s, int width) {
        int columns = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            columns += isWide(cp) ? 2 : 1;
            if (columns > width) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }
}
