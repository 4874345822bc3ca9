package org.herald.nlp.quote;

import org.herald.model.Span;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/** Tokens {@code from..to} (inclusive) of one sentence, headed by token {@code head}. */
record Phrase(Sentence sentence, int from, int to, int head) {
    Phrase {
        if (from < 0 || to < from || to >= sentence.tokens().size()) {
            throw new IllegalArgumentException("bad phrase [" + from + ", " + to + "]");
        }
    }

    Span span() {
        return new Span(sentence.tokens().get(from).span().start(), sentence.tokens().get(to).span().end());
    }

    Token headToken() {
        return sentence.tokens().get(head);
    }

    String text(String body) {
        return span().of(body);
    }
}
