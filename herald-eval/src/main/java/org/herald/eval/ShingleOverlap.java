package org.herald.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.model.Ideographs;

/**
 * Word 4-gram shingle overlap between an extracted text and the gold text, the body metric of the published
 * article-extraction benchmarks: precision = shared shingles / our shingles, recall = shared / gold shingles.
 * Words are runs of letters and digits, lower-cased; each Han or kana character is a word of its own, so
 * Chinese and Japanese pages are scored on character 4-grams rather than as one giant "word".
 */
public final class ShingleOverlap {
    static final int N = 4;

    /** Precision and recall of one page. Two empty texts agree fully; one empty side scores zero. */
    public record Score(double precision, double recall) {}

    public static Score score(String extracted, String gold) {
        Set<String> ours = shingles(extracted);
        Set<String> theirs = shingles(gold);
        if (ours.isEmpty() && theirs.isEmpty()) {
            return new Score(1, 1);
        }
        if (ours.isEmpty() || theirs.isEmpty()) {
            return new Score(ours.isEmpty() ? 1 : 0, theirs.isEmpty() ? 1 : 0);
        }
        int shared = 0;
        for (String s : ours) {
            if (theirs.contains(s)) {
                shared++;
            }
        }
        return new Score((double) shared / ours.size(), (double) shared / theirs.size());
    }

    /**
     * The paragraphs of which fewer than half the shingles occur in the gold: blocks we kept that the gold does not
     * have (a teaser, a comment, a caption), the usual cause of a precision loss.
     */
    static List<String> stray(List<String> paragraphs, String gold) {
        Set<String> theirs = shingles(gold);
        List<String> stray = new ArrayList<>();
        for (String p : paragraphs) {
            Set<String> ours = shingles(p);
            long shared = ours.stream().filter(theirs::contains).count();
            if (!ours.isEmpty() && 2 * shared < ours.size()) stray.add(p);
        }
        return stray;
    }

    static Set<String> shingles(String text) {
        List<String> words = words(text);
        Set<String> out = new HashSet<>();
        if (words.size() < N) {
            if (!words.isEmpty()) out.add(String.join(" ", words));
            return out;
        }
        for (int i = 0; i + N <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + N)));
        }
        return out;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Ideographs.isHanOrKana(cp)) {
                flush(word, words);
                words.add(new String(Character.toChars(cp)));
            } else if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, words);
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
