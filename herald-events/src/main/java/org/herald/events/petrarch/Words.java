package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits dictionary phrases into upper-case words: "NEW_ZEALAND_" and "CARAS GALADHON" → [NEW, ZEALAND], [CARAS, GALADHON]. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[^_\\s]+(_?)");

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

    /**
     * Which words of {@link #of(String) of(phrase)} are stems in {@code format}: none in PETRARCH files; in TABARI
     * files every word not followed by {@code _}: "PRINCE DOL_AMROTH" → [true, false, true], "BAN_" → [false].
     */
    static List<Boolean> stems(String phrase, DictionaryFormat format) {
        List<Boolean> stems = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) {
            stems.add(format == DictionaryFormat.TABARI && m.group(1).isEmpty());
        }
        return List.copyOf(stems);
    }

    /** Does {@code token} match dictionary {@code word}: whole, or as a stem ("RESTOR" matches "RESTORED")? */
    static boolean matches(String token, String word, boolean stem) {
        return stem ? token.startsWith(word) : token.equals(word);
    }

    /** Does {@code tokens} match {@code words} word by word, each as a stem where {@code stems} says so? */
    static boolean matches(List<String> tokens, List<String> words, List<Boolean> stems) {
        if (tokens.size() != words.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!matches(tokens.get(i), words.get(i), stems.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** All-false stem flags for a phrase of {@code size} whole words. */
    static List<Boolean> whole(int size) {
        return Collections.nCopies(size, false);
    }
}
