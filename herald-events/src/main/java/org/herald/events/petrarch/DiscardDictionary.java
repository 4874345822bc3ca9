package org.herald.events.petrarch;

import java.util.List;

/**
 * Phrases that make the coder drop a sentence ({@code BASEBALL}) or the whole story ({@code +TYPHOON}), as
 * upper-case word lists.
 */
public record DiscardDictionary(List<List<String>> sentencePhrases, List<List<String>> storyPhrases) {
    public DiscardDictionary {
        sentencePhrases = sentencePhrases.stream().map(List::copyOf).toList();
        storyPhrases = storyPhrases.stream().map(List::copyOf).toList();
    }

    public static DiscardDictionary empty() {
        return new DiscardDictionary(List.of(), List.of());
    }
}
