package org.herald.events.petrarch;

import java.util.List;

/**
 * A verb of one or more words and which of them is the verb proper: {@code WIRE_+TAP} → [WIRE, TAP], head 1.
 * {@code stems} says which words match as stems ({@link DictionaryFormat#TABARI}: "RESTOR" → "restored").
 */
public record VerbPhrase(List<String> words, int head, List<Boolean> stems) {
    public VerbPhrase {
        words = List.copyOf(words);
        stems = List.copyOf(stems);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside " + words);
        }
        if (stems.size() != words.size()) {
            throw new IllegalArgumentException("stem flags " + stems + " do not fit " + words);
        }
    }

    /** A verb of whole words (PETRARCH format). */
    public VerbPhrase(List<String> words, int head) {
        this(words, head, Words.whole(words.size()));
    }

    /** "+BREAK_DOWN" → [BREAK, DOWN] head 0; "WIRE_+TAP" → head 1; "RULE OUT" → head 0. */
    static VerbPhrase parse(DictionaryLines.Line line, String text, DictionaryFormat format) {
        String[] parts = text.strip().split("[_\\s]+");
        List<String> words = new java.util.ArrayList<>();
        int head = 0;
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("+")) {
                head = words.size();
                p = p.substring(1);
            }
            if (p.isEmpty()) {
                throw line.error("empty word in verb");
            }
            words.add(p.toUpperCase(java.util.Locale.ROOT));
        }
        if (words.isEmpty()) {
            throw line.error("empty verb");
        }
        return new VerbPhrase(words, head, Words.stems(text.strip(), format));
    }
}
