package org.herald.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns scraped text into lines to classify: one per non-empty line, except that hard-wrapped paragraphs are
 * joined again. Most scrapes put one paragraph per line, with or without blank lines between; some wrap at a
 * fixed width and separate paragraphs with blank lines, and some break a sentence where a link was.
 */
final class LineReader {
    /** Lines longer than this are not from a fixed-width wrap. */
    private static final int MAX_WRAP_WIDTH = 100;
    /** A wrapped line fills most of the width: "…residents of the\n". */
    private static final int MIN_WRAPPED_LENGTH = 50;

    List<String> lines(String text) {
        List<String> raw = text.lines().map(String::strip).toList();
        boolean wrapped = hardWrapped(raw);
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : raw) {
            if (line.isEmpty()) {
                flush(current, out);
            } else if (current.length() > 0 && joins(current, line, wrapped)) {
                current.append(' ').append(line);
            } else {
                flush(current, out);
                current.append(line);
            }
        }
        flush(current, out);
        return out;
    }

    /**
     * Blank lines separate blocks, most non-empty lines share their block with the next one and break off
     * mid-sentence, and none is longer than a terminal: the text was wrapped at a fixed width.
     */
    private static boolean hardWrapped(List<String> raw) {
        int nonEmpty = 0;
        int followedInBlock = 0;
        int brokenMidSentence = 0;
        boolean blank = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            if (line.isEmpty()) {
                blank = true;
                continue;
            }
            if (line.length() > MAX_WRAP_WIDTH) {
                return false;
            }
            nonEmpty++;
            if (line.length() >= MIN_WRAPPED_LENGTH && i + 1 < raw.size() && !raw.get(i + 1).isEmpty()) {
                followedInBlock++;
                brokenMidSentence += LineFeaturizer.endsSentence(line) ? 0 : 1;
            }
        }
        // one paragraph per line also fills blocks, but its lines end sentences; wrapped lines mostly do not
        return blank && followedInBlock * 2 >= nonEmpty && brokenMidSentence * 2 > followedInBlock;
    }

    /** "…thousands of" + "residents fled on Monday." is one sentence broken in two. */
    private static boolean joins(CharSequence previous, String next, boolean wrapped) {
        if (wrapped) {
            return previous.length() >= MIN_WRAPPED_LENGTH || Character.isLowerCase(next.codePointAt(0));
        }
        return previous.length() >= 40 && Character.isLowerCase(next.codePointAt(0))
                && !LineFeaturizer.endsSentence(previous);
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }
}
