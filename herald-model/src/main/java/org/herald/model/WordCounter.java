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
            if (Ideographs.isHanOrKana(cp)) {
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
}
