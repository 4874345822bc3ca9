package org.herald.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Removes the site name around a page title: "Headline | Site", "Headline - Site", "Site: Headline". With the site
 * name known it removes exactly that; without it, a document {@code <title>} loses a short last part after a
 * separator, the way sites append their brand. Thread-safe.
 */
final class TitleCleaner {
    /** A brand after the last separator has at most this many words ("The New York Times"). */
    static final int MAX_BRAND_WORDS = 4;
    /** Share of a title's words another title must hold to agree with it. */
    static final double AGREEING_SHARE = 0.6;
    /** A brand before the headline ("BBC News - Headline") has at most this many words. */
    static final int MAX_LEADING_BRAND_WORDS = 3;
    /** A headline has at least this many words; fewer and the separator was part of it. */
    static final int MIN_HEADLINE_WORDS = 3;

    private static final String SEPARATOR = "\\s+[|\\-–—·»:/\\\\]+\\s+|\\s*[|·»]\\s*";
    private static final Pattern SPLIT = Pattern.compile(SEPARATOR);
    private static final Pattern BRACKETED_BRAND = Pattern.compile("\\s*\\[([^\\[\\]]+)]$");

    /** The title without entity escapes, extra white space or the site's name. */
    String clean(String raw, Optional<String> siteName) {
        String title = normalise(Parser.unescapeEntities(raw, false));
        if (siteName.isPresent() && !siteName.get().isBlank()) {
            String site = Pattern.quote(normalise(siteName.get()));
            String stripped = title
                    .replaceFirst("(?iu)(?:" + SEPARATOR + "|\\s+[-–—]\\s*)" + site + "$", "")
                    .replaceFirst("(?iu)^" + site + "(?:" + SEPARATOR + "|:\\s+)", "")
                    .strip();
            if (!stripped.isEmpty()) {
                return stripped;
            }
        }
        return title;
    }

    /**
     * A document {@code <title>} without its brand, guessed from its shape when the site name is unknown;
     * {@code heading} (the page's h1) wins when the title holds it.
     */
    String cleanDocumentTitle(String raw, Optional<String> siteName, List<String> headings) {
        String title = clean(raw, siteName);
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        for (String heading : headings) {
            String h = normalise(heading);
            String lower = h.toLowerCase(Locale.ROOT);
            if (words(h) < 2 || h.equalsIgnoreCase(title)) {
                continue;
            }
            // "Headline | Site" starts with the h1; "Site: Headline" ends with it after a short brand. An h1 at the
            // end after a long prefix is more likely the site's banner ("Long Headline — project name").
            if (lowerTitle.startsWith(lower) || lowerTitle.endsWith(lower)
                    && words(title.substring(0, title.length() - h.length())) <= MAX_LEADING_BRAND_WORDS) {
                return h;
            }
        }
        // "LWN.net Weekly Edition [LWN.net]": a short bracketed tail is the brand
        Matcher bracketed = BRACKETED_BRAND.matcher(title);
        if (bracketed.find() && words(bracketed.group(1)) <= MAX_BRAND_WORDS && words(title) - words(bracketed.group())
                >= MIN_HEADLINE_WORDS) {
            title = title.substring(0, bracketed.start()).strip();
        }
        List<String> parts = List.of(SPLIT.split(title));
        if (parts.size() < 2) {
            return title;
        }
        String last = parts.get(parts.size() - 1);
        int cut = lastSeparatorStart(title);
        String head = title.substring(0, cut).strip();
        if (words(last) <= MAX_BRAND_WORDS && words(head) >= MIN_HEADLINE_WORDS) {
            return head;
        }
        return title;
    }

    private static int lastSeparatorStart(String title) {
        Matcher m = SPLIT.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    /**
     * Whether two titles tell of the same thing: most words of {@code candidate} appear in {@code reference}.
     * Wikipedia's JSON-LD "headline" is a one-line description ("constitutional monarchy in Oceania"), not the title.
     */
    static boolean agrees(String candidate, String reference) {
        List<String> words = List.of(candidate.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
        String ref = " " + String.join(" ", reference.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) + " ";
        long shared = words.stream().filter(w -> !w.isEmpty() && ref.contains(" " + w + " ")).count();
        long total = words.stream().filter(w -> !w.isEmpty()).count();
        return total > 0 && shared >= AGREEING_SHARE * total;
    }

    static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
