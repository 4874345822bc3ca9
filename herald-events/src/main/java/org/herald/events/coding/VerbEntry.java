package org.herald.events.coding;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code verbs.tsv}: a verb or event noun, with what else the clause must contain, and its CAMEO code.
 *
 * @param lemma the verb or noun ("threaten", "threat")
 * @param prep a particle or preposition the clause must have ("for" in "called for talks")
 * @param complement the lemma of an xcomp verb the clause must have ("impose" in "threatened to impose sanctions")
 * @param object the object (or prepositional object) lemma the clause must have: "sanction", or two words with a
 *               modifier, "military aid"
 * @param code the CAMEO code, or {@link #NO_EVENT} for a sense that is no event
 * @param targets where the target is looked for, in order: "obj", "iobj", "ccomp" (the subject of a that-clause:
 *                "demanded that Israel withdraw") or a preposition ("with", "on", "against", "to")
 * @param file the table the row comes from, for provenance
 * @param line the row's entry number in that table
 */
record VerbEntry(String lemma, Optional<String> prep, Optional<String> complement, Optional<String> object,
                 String code, List<String> targets, String file, int line) {
    /** The code of a row whose sense is never a political event: "take part", "defend a title". */
    static final String NO_EVENT = "-";
    /**
     * The object of a row that asks only for some direct object, whatever it is: "demonstrate @obj" (showing
     * something) is no protest, which has none. It counts less than a named object.
     */
    static final String ANY_OBJECT = "@obj";

    VerbEntry {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(code, "code");
        targets = List.copyOf(targets);
    }

    /** How many conditions beyond the lemma the entry sets; the most specific matching entry wins. */
    int specificity() {
        int objectWeight = object.filter(ANY_OBJECT::equals).isPresent() ? 1 : 2;
        return (prep.isPresent() ? 1 : 0) + (complement.isPresent() ? 2 : 0) + (object.isPresent() ? objectWeight : 0)
                + (object.isPresent() && object.get().contains(" ") ? 1 : 0);
    }

    /** Whether the entry sets no condition beyond the lemma: the verb's code on its own. */
    boolean isBare() {
        return prep.isEmpty() && complement.isEmpty() && object.isEmpty();
    }

    /** Whether the row names a sense that is never an event ({@link #NO_EVENT}). */
    boolean isNoEvent() {
        return code.equals(NO_EVENT);
    }

    /** The entry as words, for rule ids and explanations: "threaten to impose sanction". */
    String pattern() {
        StringBuilder b = new StringBuilder(lemma);
        prep.ifPresent(p -> b.append(' ').append(p));
        complement.ifPresent(c -> b.append(" to ").append(c));
        object.ifPresent(o -> b.append(" ").append(o));
        return b.toString();
    }
}
