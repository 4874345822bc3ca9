package org.herald.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One lower-cased word of a line, with its UTF-16 offsets in the line. Scraped text often runs link labels
 * together ("Share this articleComments", "FacebookTwitterLinkedin"), so a word is also split where a capital
 * follows a small letter; the symbols {@code © / : |} are words of their own, because credits and link labels
 * hinge on them ("Maria Lenz/Reuters", "Read more: …").
 */
record Token(String word, int start, int end) {

    boolean isWord() {
        return Character.isLetter(word.codePointAt(0));
    }

    static List<Token> of(String line) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '©' || c == '/' || c == ':' || c == '|') {
                tokens.add(new Token(String.valueOf(c), i, i + 1));
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                while (i < n && Character.isLetterOrDigit(line.charAt(i)) && !boundary(line, i)) {
                    i++;
                }
                tokens.add(new Token(line.substring(start, i).toLowerCase(Locale.ROOT), start, i));
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** A word ends before {@code i}: "articleComments", "ADVERTISEMENTComments", "3min". */
    private static boolean boundary(String s, int i) {
        char prev = s.charAt(i - 1);
        char cur = s.charAt(i);
        if (Character.isDigit(prev) != Character.isDigit(cur)) {
            return true;
        }
        if (Character.isLowerCase(prev) && Character.isUpperCase(cur)) {
            return true;
        }
        return Character.isUpperCase(prev) && Character.isUpperCase(cur)
                && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
    }
}
