package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;

/** Finds the sentence, token and paragraph at a character offset of one parsed text. */
final class TextIndex {
    private final ParsedText parsed;
    private final List<Integer> paragraphStarts = new ArrayList<>();

    TextIndex(ParsedText parsed) {
        this.parsed = parsed;
        String text = parsed.text();
        paragraphStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && QuoteMarks.paragraphBreak(text, i)) {
                int j = i;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
                paragraphStarts.add(j);
                i = j;
            }
        }
    }

    String text() {
        return parsed.text();
    }

    List<Sentence> sentences() {
        return parsed.sentences();
    }

    /** Paragraphs are numbered from 0 in body order. */
    int paragraph(int offset) {
        int p = 0;
        for (int i = 0; i < paragraphStarts.size(); i++) {
            if (paragraphStarts.get(i) <= offset) p = i;
        }
        return p;
    }

    /** The sentence whose span contains {@code offset}, or the first one starting after it. */
    Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : parsed.sentences()) {
            if (s.span().end() > offset) return Optional.of(s);
        }
        return Optional.empty();
    }

    Optional<Sentence> next(Sentence s) {
        int i = s.index() + 1;
        return i < parsed.sentences().size() ? Optional.of(parsed.sentences().get(i)) : Optional.empty();
    }

    Optional<Sentence> previous(Sentence s) {
        int i = s.index() - 1;
        return i >= 0 ? Optional.of(parsed.sentences().get(i)) : Optional.empty();
    }

    boolean sameParagraph(Sentence a, Sentence b) {
        return paragraph(a.span().start()) == paragraph(b.span().start());
    }
}
