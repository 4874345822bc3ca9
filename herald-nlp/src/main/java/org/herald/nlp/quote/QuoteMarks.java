package org.herald.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;

/**
 * Finds quotations by their marks: straight, curly, guillemets, German and single marks, mismatched pairs, and
 * multi-paragraph quotes. Paragraphs are separated by a blank line ("\n\n"). Stateless and thread-safe.
 *
 * <p>A quote never runs across unrelated paragraphs: an unclosed mark ends at its paragraph's end unless the next
 * paragraph opens with a mark (the news convention for a quote that goes on: each paragraph reopens, only the last
 * closes).
 */
final class QuoteMarks {
    private static final String DOUBLE_OPENERS = "\"“«„";
    private static final String SINGLE_OPENERS = "'‘‚";

    List<MarkedQuote> find(String text) {
        List<MarkedQuote> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isOpener(text, i, c)) {
                MarkedQuote q = scan(text, i);
                if (q != null) {
                    out.add(q);
                    i = q.outer().end();
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    /** The quote opened at {@code open}, or null when it encloses nothing. */
    private MarkedQuote scan(String text, int open) {
        char opener = text.charAt(open);
        int contentStart = open + 1;
        int i = contentStart;
        char nested = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' && paragraphBreak(text, i)) {
                int next = nextParagraph(text, i);
                // "…we will not pay.\n\n“Nor will our allies,” he said." → one quote over both paragraphs
                if (next < text.length() && isOpener(text, next, text.charAt(next))
                        && isDouble(text.charAt(next)) == isDouble(opener)) {
                    opener = text.charAt(next);
                    nested = 0;
                    i = next + 1;
                    continue;
                }
                return quote(text, open, contentStart, trimEnd(text, contentStart, i), i, false);
            }
            if (nested != 0) {
                if (closes(nested, text, i)) nested = 0;
            } else if (closes(opener, text, i)) {
                return quote(text, open, contentStart, trimEnd(text, contentStart, i), i + 1, true);
            } else if (isDouble(opener) && isDouble(c) && isOpener(text, i, c)) {
                // “He said "no" to me” → the inner pair does not close the outer quote
                nested = c;
            }
            i++;
        }
        return quote(text, open, contentStart, trimEnd(text, contentStart, text.length()), text.length(), false);
    }

    private static MarkedQuote quote(String text, int open, int start, int end, int outerEnd, boolean closed) {
        if (end <= start || text.substring(start, end).isBlank()) return null;
        return new MarkedQuote(new Span(open, outerEnd), new Span(start, end), closed);
    }

    private static boolean isDouble(char c) {
        return DOUBLE_OPENERS.indexOf(c) >= 0 || c == '”' || c == '»';
    }

    /** A mark opens when it stands before a word: at the start, after a space, a bracket or a dash. */
    private static boolean isOpener(String text, int i, char c) {
        if (DOUBLE_OPENERS.indexOf(c) < 0 && SINGLE_OPENERS.indexOf(c) < 0) return false;
        boolean before = i == 0 || isOpenContext(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !isSpace(text.charAt(i + 1));
        if (!before || !after) return false;
        // ' and ‘ also start elisions ('90s, ’tis); a single quote must open on a letter or digit, and not on a
        // two-digit year: said in ‘08 that …
        return DOUBLE_OPENERS.indexOf(c) >= 0
                || Character.isLetterOrDigit(text.charAt(i + 1)) && !twoDigitYear(text, i + 1);
    }

    /** '08, ‘90s: two digits and then no more digits or letters (but the plural s). */
    private static boolean twoDigitYear(String text, int from) {
        if (from + 1 >= text.length() || !Character.isDigit(text.charAt(from)) || !Character.isDigit(text.charAt(from + 1))) {
            return false;
        }
        int next = from + 2;
        if (next < text.length() && text.charAt(next) == 's') next++;
        return next >= text.length() || !Character.isLetterOrDigit(text.charAt(next));
    }

    /**
     * White space, the no-break space (U+00A0, U+202F) included: web text often puts one before a quotation mark
     * (said,\u00a0“What …”), and {@link Character#isWhitespace} does not count it.
     */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isOpenContext(char c) {
        return isSpace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == ':'
                || c == '/' || DOUBLE_OPENERS.indexOf(c) >= 0 || SINGLE_OPENERS.indexOf(c) >= 0;
    }

    /** Whether the mark at {@code i} closes a quote opened with {@code opener}, mismatched pairs included. */
    private static boolean closes(char opener, String text, int i) {
        char c = text.charAt(i);
        String closers;
        switch (opener) {
            case '"': closers = "\"”“"; break;
            case '“': closers = "”\""; break;
            case '«': closers = "»"; break;
            case '„': closers = "“”\""; break;
            case '‚': closers = "‘’"; break;
            case '‘': closers = "’"; break;
            case '\'': closers = "'’"; break;
            default: closers = ""; break;
        }
        if (closers.indexOf(c) < 0) return false;
        boolean afterWord = i > 0 && !isSpace(text.charAt(i - 1));
        // 'Oh, just vote for her,' " Sanders told CNN → a straight mark with space on both sides opens nothing, so
        // it closes; else the quote runs on and swallows its own attribution
        if (!afterWord) return c == '"' && (i + 1 == text.length() || isSpace(text.charAt(i + 1)));
        if (SINGLE_OPENERS.indexOf(opener) >= 0) {
            // the minister’s plan, don't → apostrophes inside a word never close a single quote
            if (i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) return false;
            // 'The residents' patience is running out.' → a plural possessive when a closer follows later
            return !(text.charAt(i - 1) == 's' && i + 2 < text.length() && text.charAt(i + 1) == ' '
                    && Character.isLowerCase(text.charAt(i + 2)) && laterCloser(text, i + 1));
        }
        return true;
    }

    /** Whether a single closing mark follows before the paragraph ends. */
    private static boolean laterCloser(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' && paragraphBreak(text, j)) return false;
            if ((c == '\'' || c == '’') && !isSpace(text.charAt(j - 1))
                    && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    static boolean paragraphBreak(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) j++;
        return j < text.length() && text.charAt(j) == '\n';
    }

    private static int nextParagraph(String text, int i) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) j++;
        return j;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && isSpace(text.charAt(e - 1))) e--;
        return e;
    }
}
