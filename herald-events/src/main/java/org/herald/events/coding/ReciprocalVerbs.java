package org.herald.events.coding;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.model.lexicon.Lexicon;

/**
 * The events of {@code reciprocal-verbs.tsv}, which conjoined subjects do to each other when the clause names no
 * target: "Russia and China held talks" is RUS → CHN and CHN → RUS. Keyed by the trigger's lemma and the object of the
 * verb row that matched, so "held talks" is reciprocal and "held elections" is not. Immutable; thread-safe.
 */
final class ReciprocalVerbs {
    static final String FILE = "reciprocal-verbs.tsv";
    private static final String ANY = "-";

    private final Set<String> keys = new HashSet<>();

    private ReciprocalVerbs() {}

    /** Reads the table; fails with the file and row on a malformed one. */
    static ReciprocalVerbs load() {
        ReciprocalVerbs r = new ReciprocalVerbs();
        for (List<String> row : Lexicon.rows(ReciprocalVerbs.class, FILE, 2, 3)) {
            r.keys.add(row.get(0) + "\t" + row.get(1));
        }
        return r;
    }

    /** Whether the clause's trigger, with the object its verb row required, is reciprocal. */
    boolean test(Tree tree, Clause clause) {
        String object = clause.entry().object().map(o -> o.substring(o.lastIndexOf(' ') + 1)).orElse(ANY);
        return keys.contains(tree.lemma(clause.trigger()) + "\t" + object);
    }

    int size() {
        return keys.size();
    }
}
