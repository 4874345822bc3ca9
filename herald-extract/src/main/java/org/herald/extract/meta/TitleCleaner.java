package org.herald.extract.meta;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    /** A headline has at least this many words; fewer and the separator was part of it. */
    static final int MIN_HEADLINE_WORDS = 3;

    private static final String SEPARATOR = "\\s+[|\\-–—·»:/\\\\]+\\s+|\\s*[|·»]\\s*";
    private static final Pattern SPLIT = Pattern.compile(SEPARATOR);

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
    String cleanDocumentTitle(String raw, Optional<String> siteName, Optional<String> heading) {
        String title = clean(raw, siteName);
        if (heading.isPresent()) {
            String h = normalise(heading.get());
            if (words(h) >= 2 && !h.equalsIgnoreCase(title)
                    && title.toLowerCase(Locale.ROOT).contains(h.toLowerCase(Locale.ROOT))) {
                return h;
            }
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
        var m = SPLIT.matcher(title);
        int start = title.length();
        while (m.find()) {
            start = m.start();
        }
        return start;
    }

    static String normalise(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }
}
