package org.herald.stories;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A document's weighted terms before inverse document frequency ({@link StoryMatcher#terms}): all its words, and
 * apart from them its anchors, the words that read the same in any language written in the same script: names
 * (capitalised inside a sentence) and numbers. {@link #encode()} and {@link #decode} keep them in a store, so a
 * stored article is compared again without its text being read and split again.
 */
public record TermCounts(Map<String, Double> words, Map<String, Double> anchors) {
    public TermCounts {
        words = Map.copyOf(words);
        anchors = Map.copyOf(anchors);
    }

    /**
     * One line per term, {@code w} (word) or {@code a} (anchor), the term and its weight, tab-separated. Terms are
     * runs of letters and digits ({@link Words}), so they never hold a tab or a line break.
     */
    public String encode() {
        StringBuilder b = new StringBuilder(words.size() * 16);
        words.forEach((t, c) -> b.append("w\t").append(t).append('\t').append((float) (double) c).append('\n'));
        anchors.forEach((t, c) -> b.append("a\t").append(t).append('\t').append((float) (double) c).append('\n'));
        return b.toString();
    }

    /** Reads what {@link #encode()} wrote; throws {@link IllegalArgumentException} on a line it did not write. */
    public static TermCounts decode(String encoded) {
        Objects.requireNonNull(encoded, "encoded");
        Map<String, Double> words = new LinkedHashMap<>();
        Map<String, Double> anchors = new LinkedHashMap<>();
        int start = 0;
        while (start < encoded.length()) {
            int end = encoded.indexOf('\n', start);
            if (end < 0) end = encoded.length();
            String[] cols = encoded.substring(start, end).split("\t", -1);
            if (cols.length != 3 || !(cols[0].equals("w") || cols[0].equals("a"))) {
                throw new IllegalArgumentException("not a term line: " + encoded.substring(start, end));
            }
            (cols[0].equals("w") ? words : anchors).put(cols[1], Double.parseDouble(cols[2]));
            start = end + 1;
        }
        return new TermCounts(words, anchors);
    }
}
