package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Word sequences indexed by their first word, for longest-match lookup in a sentence. A word may be a stem (TABARI
 * dictionaries): "ARGENTIN" is found at "ARGENTINA" and "ARGENTINE".
 */
final class PhraseIndex<T> {
    /** A phrase found at {@code start}, ending before {@code end}. */
    record Match<T>(T value, int start, int end) {}

    private record Entry<T>(List<String> words, List<Boolean> stems, T value, int order) {}

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
    private boolean anyStem;
    private int added;

    void add(List<String> words, T value) {
        add(words, Words.whole(words.size()), value);
    }

    void add(List<String> words, List<Boolean> stems, T value) {
        anyStem |= stems.contains(true);
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, stems, value, added++));
    }

    /**
     * The longest phrase starting at {@code start} and ending by {@code limit}; on ties in words, the one with the
     * longer dictionary text ("ARGENTINA_" over the stem "ARGENT"), then the first in file order.
     */
    Optional<Match<T>> longestAt(List<String> tokens, int start, int limit) {
        String token = tokens.get(start);
        Entry<T> best = null;
        // a stem first word is indexed as written, so look up every prefix of the token; whole-word files need
        // only the token itself
        int shortest = anyStem ? 1 : token.length();
        for (int k = token.length(); k >= shortest; k--) {
            for (Entry<T> e : byFirst.getOrDefault(token.substring(0, k), List.of())) {
                int end = start + e.words().size();
                if (end > limit || (k < token.length() && !e.stems().get(0))
                        || !Words.matches(tokens.subList(start, end), e.words(), e.stems())) {
                    continue;
                }
                if (best == null || better(e, best)) {
                    best = e;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Match<>(best.value(), start, start + best.words().size()));
    }

    private static <T> boolean better(Entry<T> e, Entry<T> best) {
        if (e.words().size() != best.words().size()) {
            return e.words().size() > best.words().size();
        }
        int chars = String.join("", e.words()).length() - String.join("", best.words()).length();
        return chars != 0 ? chars > 0 : e.order() < best.order();
    }
}
