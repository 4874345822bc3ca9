package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Span;

/**
 * Who said it: the mention in the text and, when resolved, the entity it refers to.
 *
 * @param name the entity's name when resolved, else the words of the mention ("officials", "they")
 * @param unresolved the mention is a pronoun or a noun ("they", "the ministry", "officials") that no entity of the
 *     article could be found for with clear evidence; its {@code name} is then its own words. A name the entity
 *     stage missed is not unresolved: it names its speaker.
 */
public record Speaker(String name, Optional<String> entityId, Span span, boolean unresolved) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(span, "span");
        if (unresolved && entityId.isPresent()) {
            throw new IllegalArgumentException("an unresolved speaker has no entity: " + entityId.get());
        }
    }

    /** A speaker named in the text or resolved to an entity. */
    public Speaker(String name, Optional<String> entityId, Span span) {
        this(name, entityId, span, false);
    }
}
