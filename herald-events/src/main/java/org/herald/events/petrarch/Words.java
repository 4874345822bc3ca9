package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits dictionary phrases into upper-case words: "NEW_ZEALAND_" and "CARAS GALADHON" → [NEW, ZEALAND], [CARAS, GALADHON]. */
final class Words {
    private Words() {}

    static List<String> of(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : phrase.toUpperCase(Locale.ROOT).split("[_\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return List.copyOf(words);
    }
}
