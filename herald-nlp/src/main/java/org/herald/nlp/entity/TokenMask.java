package org.herald.nlp.entity;

import java.util.List;
import org.herald.nlp.text.ParsedText;

/** Marks tokens of a parsed text, so that "is this token taken?" costs one array read on long documents. */
final class TokenMask {
    private final boolean[][] marked;

    TokenMask(ParsedText parsed) {
        marked = new boolean[parsed.sentences().size()][];
        for (int s = 0; s < marked.length; s++) marked[s] = new boolean[parsed.sentences().get(s).tokens().size()];
    }

    /** Marks tokens {@code [first, end)} of a sentence. */
    void mark(int sentence, int first, int end) {
        for (int i = first; i < end; i++) marked[sentence][i] = true;
    }

    boolean marked(int sentence, int token) {
        return marked[sentence][token];
    }

    /** The role phrases of {@code references} without their names: "[Russian Foreign Minister] Sergei Lavrov". */
    static TokenMask roles(ParsedText parsed, List<Reference> references) {
        TokenMask m = new TokenMask(parsed);
        for (Reference r : references) {
            m.mark(r.sentence(), r.role().first(), r.first());
            m.mark(r.sentence(), r.end(), r.role().end());
        }
        return m;
    }
}
