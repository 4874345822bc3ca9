package org.herald.extract.meta;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;

/**
 * The news agencies of {@code news-agencies.tsv}, by every name a byline gives them. Immutable and thread-safe.
 */
final class NewsAgencies {
    /** An agency's desk is named in a few words after it: "AP National Security", "Reuters Staff". */
    static final int MAX_DESK_WORDS = 3;

    private final Map<String, String> canonical = new HashMap<>();
    private int longestName = 1;

    NewsAgencies() {
        for (List<String> row : Lexicon.rows(NewsAgencies.class, "news-agencies.tsv", 2, 3)) {
            String name = row.get(0).toLowerCase(Locale.ROOT);
            canonical.put(name, row.get(1));
            longestName = Math.max(longestName, name.split(" ").length);
        }
    }

    /** The agency a whole name stands for, in its canonical form: "the associated press" → "AP". */
    Optional<String> named(String name) {
        return Optional.ofNullable(canonical.get(key(name)));
    }

    /**
     * The agency a byline piece credits: the piece is its name, or opens with it and goes on with a desk of at
     * most {@link #MAX_DESK_WORDS} words ("AP National Security" → "AP"). Names match as whole words, so
     * "Apple Daily" is no "AP".
     */
    Optional<String> credited(String piece) {
        Optional<String> whole = named(piece);
        if (whole.isPresent()) {
            return whole;
        }
        String[] words = key(piece).split(" ");
        String[] printed = piece.strip().split("\\s+");
        for (int n = Math.min(longestName, words.length - 1); n >= 1; n--) {
            String head = String.join(" ", Arrays.copyOfRange(words, 0, n));
            String agency = canonical.get(head);
            if (agency != null && words.length - n <= MAX_DESK_WORDS && shoutedOrDesk(printed, n)
                    && deskWords(printed, n)) {
                return Optional.of(agency);
            }
        }
        return Optional.empty();
    }

    /**
     * "AP National Security": the agency's abbreviation printed in capitals, or its full name; "Ap Dhillon" is a
     * person whose first name is written like the abbreviation in lower case.
     */
    private static boolean shoutedOrDesk(String[] printed, int n) {
        String first = printed[0];
        return n > 1 || first.length() > 4 || first.equals(first.toUpperCase(Locale.ROOT));
    }

    /** "National Security", "Staff": capitalised words only; "&amp; Euronews" or "and Reuters" is another credit. */
    private static boolean deskWords(String[] printed, int from) {
        for (int i = from; i < printed.length; i++) {
            if (!printed[i].matches("\\p{Lu}[\\p{L}'’-]*")) {
                return false;
            }
        }
        return true;
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "").toLowerCase(Locale.ROOT);
    }
}
