package org.herald.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.herald.model.Span;

/**
 * A {@link TextParser} that hands a long text to another parser in chunks and joins the results, so the
 * parser's memory depends on the chunk size, not on the document. Chunks end at a paragraph break when there is
 * one, else after a sentence end (". "), else at a space, else anywhere; a sentence is never longer than a chunk.
 * Offsets in the result point into the whole text, sentence indexes run on across chunks. Thread-safe when the
 * wrapped parser is.
 */
public final class ChunkedParser implements TextParser {
    private final TextParser parser;
    private final int chunkChars;

    public ChunkedParser(TextParser parser, int chunkChars) {
        this.parser = Objects.requireNonNull(parser, "parser");
        if (chunkChars < 1) throw new IllegalArgumentException("chunkChars must be positive: " + chunkChars);
        this.chunkChars = chunkChars;
    }

    @Override
    public ParsedText parse(String text) {
        if (text.length() <= chunkChars) {
            return parser.parse(text);
        }
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = cut(text, start);
            ParsedText part = parser.parse(text.substring(start, end));
            for (Sentence s : part.sentences()) {
                sentences.add(shift(s, sentences.size(), start));
            }
            start = end;
        }
        return new ParsedText(text, sentences);
    }

    /** Where the chunk that begins at {@code start} ends. */
    int cut(String text, int start) {
        int limit = start + chunkChars;
        if (limit >= text.length()) {
            return text.length();
        }
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph > start) {
            return paragraph + 2;
        }
        int sentence = text.lastIndexOf(". ", limit - 2);
        if (sentence > start) {
            return sentence + 2;
        }
        for (int i = limit - 1; i > start; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i + 1;
            }
        }
        // One "word" longer than a chunk: cut it, but never between the halves of a surrogate pair.
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static Sentence shift(Sentence s, int index, int offset) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), shift(t.span(), offset), t.text(), t.lemma(), t.pos(), t.ner()));
        }
        return new Sentence(index, shift(s.span(), offset), tokens, s.dependencies());
    }

    private static Span shift(Span span, int offset) {
        return new Span(span.start() + offset, span.end() + offset);
    }
}
