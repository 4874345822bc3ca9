package org.herald.model;

/** Counts words the way readers do: space-separated tokens, and one word per Han or kana character (Hangul is spaced). */
final class WordCounter {
    private WordCounter() {}

    static int count(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isIdeographic(cp)) {
                words++;
                inWord = false;
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return words;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
