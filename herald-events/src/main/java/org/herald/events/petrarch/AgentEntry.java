package org.herald.events.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * An agent: a generic word or phrase that adds a sector code to an actor. {@code TROOPS {} [~MIL]} gives
 * {@code code} MIL as a suffix ("Gondor troops" → GONMIL); {@code MSF {} [NGO~]} gives NGO as a prefix
 * ("MSF Arnor" → NGOARN). {@code forms} holds every word sequence that matches: the written form and its plurals,
 * regular ("OFFICIAL" → "OFFICIALS") unless given in braces ({@code GOLDEN_GOOSE {GOLDEN_GEESE}}) or
 * suppressed by empty braces.
 */
public record AgentEntry(List<String> words, List<List<String>> forms, String code, boolean prefix, int line) {
    public AgentEntry {
        words = List.copyOf(words);
        forms = forms.stream().map(List::copyOf).toList();
        Objects.requireNonNull(code, "code");
    }
}
