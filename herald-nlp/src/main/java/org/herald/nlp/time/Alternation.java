package org.herald.nlp.time;

import java.util.Collection;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Regex pieces built from lexicon words. */
final class Alternation {
    /** No letter or digit before: a word starts here, even after "." in "Feb." */
    static final String START = "(?<![\\p{L}\\p{N}])";
    /** No letter or digit after. */
    static final String END = "(?![\\p{L}\\p{N}])";

    private Alternation() {}

    /**
     * The words as one regex group, longest first so "Sept." wins over "Sept"; spaces inside a phrase
     * ("the end of") match any run of spaces.
     */
    static String of(Collection<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty word group");
        }
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    /** As {@link #of} but matched ignoring case. */
    static String ignoringCase(Collection<String> words) {
        return "(?iu:" + of(words) + ")";
    }
}
