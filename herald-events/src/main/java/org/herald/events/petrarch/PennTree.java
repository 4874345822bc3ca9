package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A node of a Penn Treebank parse: a phrase ({@code NP}, {@code VP}, ...) with children, or a part-of-speech node
 * with its word ({@code (NNP Arnor)}). {@code start}/{@code end} are the half-open range of word indices it covers.
 */
public record PennTree(String label, Optional<String> word, List<PennTree> children, int start, int end) {
    public PennTree {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(word, "word");
        children = List.copyOf(children);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public boolean isWord() {
        return word.isPresent();
    }

    /** The part-of-speech nodes in sentence order. */
    public List<PennTree> words() {
        List<PennTree> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(PennTree t, List<PennTree> out) {
        if (t.isWord()) {
            out.add(t);
            return;
        }
        for (PennTree c : t.children) {
            collect(c, out);
        }
    }
}
