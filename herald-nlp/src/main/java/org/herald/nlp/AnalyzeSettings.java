package org.herald.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Limits of the understanding stage.
 *
 * @param maxBodyChars a longer body is refused as {@code TOO_LARGE}. The default, 1,200,000 characters, admits a
 *                     100,000-word document (about 600,000 characters of English) with room to spare. Measured: a
 *                     100,014-word body took ~50 s on one core of a shared 2-core machine, in 2.6 GB of
 *                     process memory at -Xmx3g; chunking keeps the parser's share independent of the length
 * @param chunkChars   the body goes to the parser in chunks of whole paragraphs of at most this many characters
 *                     (a longer paragraph is cut at a sentence end or a space), so the parser's working memory
 *                     depends on the chunk, not on the document. 20,000 characters is about 3,500 tokens:
 *                     far above a news article, which therefore is parsed in one piece
 */
public record AnalyzeSettings(int maxBodyChars, int chunkChars) {
    private static final Set<String> KEYS = Set.of("maxBodyChars", "chunkChars");

    public AnalyzeSettings {
        if (chunkChars < 1_000) {
            throw new IllegalArgumentException("chunkChars must be at least 1000: " + chunkChars);
        }
        if (maxBodyChars < chunkChars) {
            throw new IllegalArgumentException("maxBodyChars must be at least chunkChars: " + maxBodyChars);
        }
    }

    public static AnalyzeSettings defaults() {
        return new AnalyzeSettings(1_200_000, 20_000);
    }

    /** Settings from {@code key=value} pairs over the defaults; an unknown key or a bad number throws. */
    public static AnalyzeSettings of(Map<String, String> values) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown analyze settings: " + unknown + "; known: " + new TreeSet<>(KEYS));
        }
        Map<String, String> v = new HashMap<>(values);
        AnalyzeSettings d = defaults();
        return new AnalyzeSettings(number(v, "maxBodyChars", d.maxBodyChars()), number(v, "chunkChars", d.chunkChars()));
    }

    private static int number(Map<String, String> values, String key, int fallback) {
        String s = values.get(key);
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("analyze setting " + key + " must be a whole number, not '" + s + "'", e);
        }
    }
}
