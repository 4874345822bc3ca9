package org.herald.nlp.entity;

import java.util.Optional;

/**
 * The role and country the text gives a name, and the tokens {@code [first, end)} of the name together with its role
 * phrase ("[Russian Foreign Minister Sergei Lavrov]", "[Scholz, the German chancellor]").
 */
record Role(Optional<String> title, Optional<String> country, int first, int end) {
    static Role none(NameMention name) {
        return new Role(Optional.empty(), Optional.empty(), name.first(), name.end());
    }
}
