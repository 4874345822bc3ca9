package org.herald.model;

import java.util.Objects;

/** Why a fact was derived: the stage that made it and the rule or lexicon entry that fired. */
public record Evidence(String stage, String rule) {
    public Evidence {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(rule, "rule");
    }
}
