package org.herald.nlp.entity;

import java.util.Optional;
import org.herald.model.Span;

/**
 * A mention waiting to be linked to an entity: a name with its role, a nominal ("the minister", "the Russian
 * diplomat") or a pronoun ("he", "his"). Tokens {@code [first, end)} of sentence {@code sentence}; {@code role}
 * also covers the role phrase, so that "[Russia's foreign minister, Sergei Lavrov], said" is a subject.
 */
record Reference(Kind kind, int sentence, int first, int end, Span span, String text, Optional<NameMention> name,
                 Role role, Optional<String> nominal) {
    enum Kind { NAME, NOMINAL, PRONOUN }

    static Reference of(NameMention name, Role role) {
        return new Reference(Kind.NAME, name.sentence(), name.first(), name.end(), name.span(), name.text(),
                Optional.of(name), role, Optional.empty());
    }
}
