package org.herald.events.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.lexicon.Lexicon;

/**
 * A table from an act's code to the code of its doer's statement about it: {@code intent-codes.tsv}, the 03 (intent
 * to cooperate) or 13 (threaten) code of a stated intention ("Iran will attack Israel" is the act 190 and the threat
 * 1384), or {@code refusal-codes.tsv}, the 12 (reject) code of a stated refusal ("the US said it would not provide
 * aid to Israel" is the act 070, negated, and the refusal 122). Immutable; thread-safe.
 */
final class IntentCodes {
    static final String FILE = "intent-codes.tsv";
    static final String REFUSALS_FILE = "refusal-codes.tsv";

    private final String file;
    private final Map<String, String> intents = new HashMap<>();

    private IntentCodes(String file) {
        this.file = file;
    }

    /** Reads {@code intent-codes.tsv}; fails with the file and row on a bad code or an intent outside 03 and 13. */
    static IntentCodes load(CameoCodebook codebook) {
        return load(codebook, FILE, List.of("03", "13"));
    }

    /** Reads {@code refusal-codes.tsv}; fails with the file and row on a bad code or a refusal outside 12. */
    static IntentCodes refusals(CameoCodebook codebook) {
        return load(codebook, REFUSALS_FILE, List.of("12"));
    }

    private static IntentCodes load(CameoCodebook codebook, String file, List<String> roots) {
        IntentCodes t = new IntentCodes(file);
        int entry = 0;
        for (List<String> row : Lexicon.rows(IntentCodes.class, file, 3, 4)) {
            entry++;
            String act = row.get(0);
            String intent = row.get(1);
            if (codebook.find(act).isEmpty() || codebook.find(intent).isEmpty()) {
                throw new IllegalStateException(file + ": entry " + entry + ": code not in the codebook: " + row);
            }
            if (roots.stream().noneMatch(intent::startsWith)) {
                throw new IllegalStateException(file + ": entry " + entry + ": not a code of " + roots + ": " + intent);
            }
            if (t.intents.put(act, intent) != null) {
                throw new IllegalStateException(file + ": entry " + entry + ": act listed twice: " + act);
            }
        }
        return t;
    }

    /** The table's file name, for traces. */
    String file() {
        return file;
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
