package org.herald.events.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.analysis.EventMode;
import org.herald.model.lexicon.Lexicon;

/** The cue words of {@code modality-cues.tsv}, for one mode, by where they attach. Immutable. */
final class ModalityCues {
    private final Set<String> modifiers = new HashSet<>();
    private final Set<String> governors = new HashSet<>();
    private final Set<String> marks = new HashSet<>();

    private ModalityCues() {}

    /** The cues of {@code mode}; fails with the file name on an unknown mode or attachment. */
    static ModalityCues load(EventMode mode) {
        ModalityCues cues = new ModalityCues();
        int entry = 0;
        for (List<String> row : Lexicon.rows(ModalityCues.class, "modality-cues.tsv", 3, 4)) {
            entry++;
            EventMode m;
            try {
                m = EventMode.valueOf(row.get(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("modality-cues.tsv: entry " + entry + ": unknown mode " + row.get(1), e);
            }
            if (m != mode) continue;
            switch (row.get(2)) {
                case "modifier" -> cues.modifiers.add(row.get(0));
                case "governor" -> cues.governors.add(row.get(0));
                case "mark" -> cues.marks.add(row.get(0));
                default -> throw new IllegalStateException("modality-cues.tsv: entry " + entry + ": unknown place "
                        + row.get(2));
            }
        }
        return cues;
    }

    boolean modifier(String word) {
        return modifiers.contains(word);
    }

    boolean governor(String lemma) {
        return governors.contains(lemma);
    }

    boolean mark(String word) {
        return marks.contains(word);
    }
}
