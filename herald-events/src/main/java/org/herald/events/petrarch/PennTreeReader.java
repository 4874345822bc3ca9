package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a bracketed Penn Treebank parse, {@code (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...)))}, into a
 * {@link PennTree}. Unbalanced brackets or a word outside a part-of-speech node throw
 * {@link IllegalArgumentException} with the character offset.
 */
public final class PennTreeReader {
    private final String text;
    private int pos;
    private int wordIndex;

    private PennTreeReader(String text) {
        this.text = text;
    }

    public static PennTree read(String parse) {
        PennTreeReader r = new PennTreeReader(parse);
        r.skipSpace();
        PennTree tree = r.node();
        r.skipSpace();
        if (r.pos != r.text.length()) {
            throw r.error("text after the tree");
        }
        return tree;
    }

    private PennTree node() {
        expect('(');
        skipSpace();
        String label = peek() == '(' ? "" : atom();
        int start = wordIndex;
        skipSpace();
        List<PennTree> children = new ArrayList<>();
        if (peek() != '(' && peek() != ')') {
            // (NNP Arnor)
            String word = atom();
            skipSpace();
            expect(')');
            return new PennTree(label, Optional.of(word), List.of(), start, ++wordIndex);
        }
        while (peek() == '(') {
            children.add(node());
            skipSpace();
        }
        expect(')');
        if (children.isEmpty()) {
            throw error("empty phrase " + label);
        }
        if (label.isEmpty() && children.size() == 1) {
            return children.get(0);
        }
        return new PennTree(label.isEmpty() ? "ROOT" : label, Optional.empty(), children, start, wordIndex);
    }

    private String atom() {
        int from = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != '('
                && text.charAt(pos) != ')') {
            pos++;
        }
        if (from == pos) {
            throw error("expected a label or word");
        }
        return text.substring(from, pos);
    }

    private char peek() {
        if (pos >= text.length()) {
            throw error("unexpected end of parse");
        }
        return text.charAt(pos);
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String problem) {
        int from = Math.max(0, pos - 20);
        return new IllegalArgumentException("bad parse at offset " + pos + ": " + problem + " near \""
                + text.substring(from, Math.min(text.length(), pos + 20)).replaceAll("\\s+", " ") + "\"");
    }
}
