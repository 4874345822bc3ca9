package org.herald.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.herald.model.Ideographs;

/**
 * Splits text into words in any script: runs of letters and digits, lower-cased with accents dropped
 * ("Méndez" → "mendez", so a name spelt with and without its accent is one word); Han and kana, written without
 * spaces, become overlapping character pairs ("北京大学" → 北京, 京大, 大学). Each word says whether it was
 * capitalised inside a sentence, which in cased scripts mostly marks a name.
 */
final class Words {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {}

    /** One word: its folded form and whether it began with a capital letter not opening a sentence. */
    record Word(String text, boolean name) {}

    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        boolean sentenceStart = true;
        int previousIdeograph = -1;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Ideographs.isHanOrKana(cp)) {
                if (previousIdeograph >= 0) {
                    words.add(new Word(new String(new int[] {previousIdeograph, cp}, 0, 2), false));
                }
                previousIdeograph = cp;
                sentenceStart = false;
                i += Character.charCount(cp);
            } else if (Character.isLetterOrDigit(cp)) {
                previousIdeograph = -1;
                int start = i;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (!(Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)
                            || Ideographs.isHanOrKana(c)) break;
                    i += Character.charCount(c);
                }
                String raw = text.substring(start, i);
                boolean capital = Character.isUpperCase(cp);
                words.add(new Word(fold(raw), capital && !sentenceStart));
                sentenceStart = false;
            } else {
                previousIdeograph = -1;
                // "." "!" "?" and line breaks end a sentence, as do the CJK full stop and the Arabic question mark.
                if (cp == '.' || cp == '!' || cp == '?' || cp == '\n' || cp == '。' || cp == '؟') sentenceStart = true;
                i += Character.charCount(cp);
            }
        }
        return words;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int k = 0; k < lower.length(); k++) {
            if (lower.charAt(k) > 0x7f) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }
}
