package org.herald.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.herald.model.Span;

/** One sentence: its span in the body, its tokens and the dependencies between them. */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Dependencies whose governor is {@code token}. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) out.add(d);
        }
        return out;
    }

    /** The dependency that attaches {@code token} to its head. */
    public java.util.Optional<Dependency> head(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) return java.util.Optional.of(d);
        }
        return java.util.Optional.empty();
    }
}
