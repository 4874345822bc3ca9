package org.herald.nlp.text;

import java.util.Objects;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies relation names).
 *
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
    }
}
