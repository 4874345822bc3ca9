package org.herald.model.analysis;

import java.util.Objects;
import org.herald.model.Span;

/** One place in the body where an entity is named or referred to ("Lavrov", "the minister", "he"). */
public record Mention(Span span, String text) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
