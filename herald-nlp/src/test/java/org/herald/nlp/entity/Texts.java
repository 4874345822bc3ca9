package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Hand-built parses for unit tests. A sentence is written as space-separated tokens {@code word/POS/NER} or
 * {@code word/POS/NER/relation/governor}; NER defaults to O when only {@code word/POS} is given. Words are joined
 * by single spaces in the text, so "Russia 's" is written apart.
 */
final class Texts {
    private Texts() {}

    static ParsedText parse(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (String s : sentences) {
            if (text.length() > 0) text.append(' ');
            List<Token> tokens = new ArrayList<>();
            List<Dependency> deps = new ArrayList<>();
            for (String spec : s.split(" ")) {
                String[] f = spec.split("/", -1);
                if (tokens.size() > 0) text.append(' ');
                int start = text.length();
                text.append(f[0]);
                tokens.add(new Token(tokens.size(), new Span(start, text.length()), f[0], f[0],
                        f.length > 1 ? f[1] : "NN", f.length > 2 ? f[2] : "O"));
                if (f.length > 4) deps.add(new Dependency(Integer.parseInt(f[4]), f[3], tokens.size() - 1));
            }
            Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
            out.add(new Sentence(out.size(), span, tokens, deps));
        }
        return new ParsedText(text.toString(), out);
    }

    /** Tokens of a one-sentence parse. */
    static List<Token> tokens(String sentence) {
        return parse(sentence).sentences().get(0).tokens();
    }
}
