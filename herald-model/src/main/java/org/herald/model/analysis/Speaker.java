package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Span;

/** Who said it: the mention in the text and, when resolved, the entity it refers to. */
public record Speaker(String name, Optional<String> entityId, Span span) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(span, "span");
    }
}
