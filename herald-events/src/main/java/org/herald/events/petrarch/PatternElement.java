package org.herald.events.petrarch;

import java.util.Objects;

/**
 * One element of a verb pattern. In {@code - SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS [111]} the elements are
 * SUGGESTED (joined to the next), + (target), * (the verb), DEMAND, &GENINT (a synset) and CONVENTIONS; words
 * joined by {@code _} must be adjacent in the sentence, words separated by a space may have words between them.
 */
public record PatternElement(Kind kind, String text, boolean joinedToNext) {
    /** What an element matches. */
    public enum Kind {
        /** a literal word, "TIES" */
        WORD,
        /** a synset reference, "&CURRENCY" */
        SYNSET,
        /** the verb slot, "*" */
        VERB,
        /** the source actor, "$" */
        SOURCE,
        /** the target actor, "+" */
        TARGET,
        /** a compound actor, both source and target, "%" */
        COMPOUND,
        /** skips a phrase, "^" */
        SKIP,
        /** PETRARCH-2 / TABARI grouping: "(" ")" prepositional phrase, "{" "}" noun phrase or alternatives, "|" */
        GROUP
    }

    public PatternElement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
