package org.herald.model;

/**
 * Characters of scripts written without spaces between words: Han and kana. Word counts, shingles and line
 * features treat each as a word (or part of one) instead of letting a whole sentence count as one word.
 */
public final class Ideographs {
    private Ideographs() {}

    /** True for a Han ideograph or a hiragana or katakana character (Hangul is spaced and is not one). */
    public static boolean isHanOrKana(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
