package org.herald.model.analysis;

import java.util.Objects;
import org.herald.model.Span;

/** The words that introduce a quote: "said", "told reporters", "according to", a colon. */
public record Cue(String text, Span span) {
    public Cue {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
