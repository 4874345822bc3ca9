package org.herald.events.petrarch;

import java.util.List;

/** A verb of one or more words and which of them is the verb proper: {@code WIRE_+TAP} → [WIRE, TAP], head 1. */
public record VerbPhrase(List<String> words, int head) {
    public VerbPhrase {
        words = List.copyOf(words);
        if (head < 0 || head >= words.size()) {
            throw new IllegalArgumentException("head " + head + " outside " + words);
        }
    }

    /** "+BREAK_DOWN" → [BREAK, DOWN] head 0; "WIRE_+TAP" → head 1; "RULE OUT" → head 0. */
    static VerbPhrase parse(DictionaryLines.Line line, String text) {
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
        return new VerbPhrase(words, head);
    }
}
