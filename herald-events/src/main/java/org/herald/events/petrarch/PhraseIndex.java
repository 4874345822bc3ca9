package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Word sequences indexed by their first word, for longest-match lookup in a sentence. */
final class PhraseIndex<T> {
    /** A phrase found at {@code start}, ending before {@code end}. */
    record Match<T>(T value, int start, int end) {}

    private record Entry<T>(List<String> words, T value) {}

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    void add(List<String> words, T value) {
        byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Entry<>(words, value));
    }

    /** Sorts each bucket longest phrase first; call once after the last {@link #add}. */
    PhraseIndex<T> freeze() {
        byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Entry<T> e) -> -e.words().size())));
        return this;
    }

    /** The longest phrase starting at {@code start} and ending by {@code limit}; the first in file order on ties. */
    Optional<Match<T>> longestAt(List<String> tokens, int start, int limit) {
        List<Entry<T>> candidates = byFirst.get(tokens.get(start));
        if (candidates == null) {
            return Optional.empty();
        }
        for (Entry<T> e : candidates) {
            int end = start + e.words().size();
            if (end <= limit && tokens.subList(start, end).equals(e.words())) {
                return Optional.of(new Match<>(e.value(), start, end));
            }
        }
        return Optional.empty();
    }
}
