package org.herald.events.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.events.cameo.CameoCodebook;
import org.herald.extract.lexicon.Lexicon;

/**
 * The table {@code intent-codes.tsv}: the 03 (intent to cooperate) or 13 (threaten) code of a stated intention to do
 * an act, by the act's code. "Iran will attack Israel" is the act 190 and the threat 1384. Immutable; thread-safe.
 */
final class IntentCodes {
    static final String FILE = "intent-codes.tsv";

    private final Map<String, String> intents = new HashMap<>();

    private IntentCodes() {}

    /** Reads the table; fails with the file and row on a code the codebook lacks or an intent outside 03 and 13. */
    static IntentCodes load(CameoCodebook codebook) {
        IntentCodes t = new IntentCodes();
        int entry = 0;
        for (List<String> row : Lexicon.rows(IntentCodes.class, FILE, 3, 4)) {
            entry++;
            String act = row.get(0);
            String intent = row.get(1);
            if (codebook.find(act).isEmpty() || codebook.find(intent).isEmpty()) {
                throw new IllegalStateException(FILE + ": entry " + entry + ": code not in the codebook: " + row);
            }
            if (!intent.startsWith("03") && !intent.startsWith("13")) {
                throw new IllegalStateException(FILE + ": entry " + entry + ": not an intent or threat code: " + intent);
            }
            if (t.intents.put(act, intent) != null) {
                throw new IllegalStateException(FILE + ": entry " + entry + ": act listed twice: " + act);
            }
        }
        return t;
    }

    /** The intent or threat code for an act: its own row, else its three-digit parent's, else its root's. */
    Optional<String> of(String act) {
        for (int len = act.length(); len >= 2; len--) {
            String intent = intents.get(act.substring(0, len));
            if (intent != null) return Optional.of(intent);
        }
        return Optional.empty();
    }
}
