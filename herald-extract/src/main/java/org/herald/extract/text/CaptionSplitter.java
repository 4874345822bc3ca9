package org.herald.extract.text;

import java.util.Optional;

/** Splits a caption that carries its credit on the same line into the two. */
final class CaptionSplitter {

    /** A caption and its credit. */
    record Split(String caption, String credit) {}

    /**
     * "Rescuers search the rubble on Tuesday. (AP Photo/Jonas Weir)" → caption, "AP Photo/Jonas Weir";
     * "Smoke over Thessia. Maria Lenz/Reuters" → the credit starts after the last full stop before its cue.
     * Empty when the line has no credit cue after some text, or too little caption would be left.
     */
    Optional<Split> split(LineFeatures f) {
        if (f.creditAt().isEmpty() || f.creditAt().getAsInt() == 0) {
            return Optional.empty();
        }
        String text = f.text();
        int cue = f.creditAt().getAsInt();
        int open = text.lastIndexOf('(', cue);
        int at;
        int close = open > 0 ? text.indexOf(')', open) : -1;
        if (open > 0 && (close < 0 || close >= cue)) {
            at = open;
        } else {
            at = Math.max(lastSentenceEnd(text, cue), 0);
            if (at == 0 || startCueAt(text, cue)) {
                at = Math.max(at, cue);
            }
        }
        String caption = text.substring(0, at).strip();
        String credit = text.substring(at).strip();
        if (credit.startsWith("(") && credit.endsWith(")")) {
            credit = credit.substring(1, credit.length() - 1).strip();
        }
        // a credit is a name, not a sentence: "The court ruled on the copyright claim." is no caption
        if (LineClassifier.words(caption) < 3 || credit.isEmpty() || LineClassifier.words(credit) > 14
                || LineFeaturizer.endsSentence(credit)) {
            return Optional.empty();
        }
        return Optional.of(new Split(caption, credit));
    }

    /** The cue itself opens the credit: "… on Monday. Photo: Jonas Weir", "… Copyright Maria Lenz". */
    private static boolean startCueAt(String text, int cue) {
        return Character.isUpperCase(text.charAt(cue)) || text.charAt(cue) == '©';
    }

    /** Offset just after the last ". " (or ! ?) before {@code limit}, or -1. */
    private static int lastSentenceEnd(String text, int limit) {
        for (int i = Math.min(limit, text.length()) - 1; i > 0; i--) {
            if (Character.isWhitespace(text.charAt(i)) && ".!?".indexOf(text.charAt(i - 1)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
