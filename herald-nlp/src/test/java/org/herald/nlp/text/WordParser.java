package org.herald.nlp.text;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;

/** A stand-in parser for unit tests: the whole text is one sentence, one token per run of non-space. */
public final class WordParser implements TextParser {
    final List<String> seen = new ArrayList<>();

    @Override
    public synchronized ParsedText parse(String text) {
        seen.add(text);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            tokens.add(new Token(tokens.size(), new Span(start, i), text.substring(start, i),
                    text.substring(start, i), "NN", "O"));
        }
        if (tokens.isEmpty()) return new ParsedText(text, List.of());
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        return new ParsedText(text, List.of(new Sentence(0, span, tokens, List.of())));
    }
}
