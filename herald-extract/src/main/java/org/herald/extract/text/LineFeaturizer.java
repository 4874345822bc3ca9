package org.herald.extract.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.herald.model.Ideographs;

/** Computes the {@link LineFeatures} of every line, in one pass and time linear in the text. */
final class LineFeaturizer {
    private final CueLexicon cues;
    private final LineShapes shapes;

    LineFeaturizer(CueLexicon cues, LineShapes shapes) {
        this.cues = cues;
        this.shapes = shapes;
    }

    List<LineFeatures> features(List<String> lines) {
        List<LineFeatures> out = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String key = normalise(line);
            out.add(features(i, line, !seen.add(key), remainderAfter(previous, line)));
            previous = line;
        }
        return out;
    }

    private LineFeatures features(int index, String line, boolean repeated, Optional<String> extendsPrevious) {
        List<Token> tokens = Token.of(line);
        List<CueLexicon.Hit> hits = cues.find(tokens);
        Set<Cue> found = EnumSet.noneOf(Cue.class);
        boolean[] covered = new boolean[tokens.size()];
        Optional<Cue> startCue = Optional.empty();
        int startEnd = 0;
        int weak = 0;
        int creditAt = -1;
        for (CueLexicon.Hit h : hits) {
            found.add(h.cue());
            switch (h.match()) {
                case LINE -> {
                    for (int k = h.from(); k < h.to(); k++) {
                        covered[k] = true;
                    }
                }
                case START -> {
                    if (h.to() > startEnd) {
                        startCue = Optional.of(h.cue());
                        startEnd = h.to();
                    }
                }
                case ANY -> weak += h.cue().furniture() ? 1 : 0;
            }
            if (h.cue() == Cue.CREDIT) {
                int at = tokens.get(h.from()).start();
                creditAt = creditAt < 0 ? at : Math.min(creditAt, at);
            }
        }
        int words = 0;
        int capitals = 0;
        boolean allCovered = true;
        boolean anyWord = false;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            anyWord = true;
            allCovered &= covered[k];
        }
        for (int k = 0; k < line.length(); k++) {
            // a word starts with a letter or digit after white space: "AP & Kestrel" has two
            char c = line.charAt(k);
            if ((k == 0 || Character.isWhitespace(line.charAt(k - 1))) && Character.isLetterOrDigit(c)) {
                words++;
                capitals += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        String after = startEnd == 0 ? "" : stripLeadingPunctuation(line.substring(tokens.get(startEnd - 1).end()));
        return new LineFeatures(index, line, Math.max(words, wordTokens(tokens)) + cjkWords(line), endsSentence(line),
                words == 0 ? 0 : (double) capitals / words, found, anyWord && allCovered, startCue, after, weak,
                creditAt < 0 ? OptionalInt.empty() : OptionalInt.of(creditAt), shapes.furniture(line),
                shapes.dateline(line), shapes.dateOnly(tokens), byline(line, tokens), repeated, extendsPrevious);
    }

    /**
     * Chinese and Japanese put no spaces between words, so "人工智能迈上新台阶" would count as one word: each two Han
     * or kana characters count as one more, about the length of a word in those scripts.
     */
    static int cjkWords(String line) {
        int cjk = 0;
        for (int k = 0; k < line.length(); k++) {
            if (Ideographs.isHanOrKana(line.charAt(k))) {
                cjk++;
            }
        }
        return cjk / 2;
    }

    private static int wordTokens(List<Token> tokens) {
        return (int) tokens.stream().filter(Token::isWord).count();
    }

    /** "By AP &amp; Kestrel News", "BY MARIA LENZ": "by" then at most ten words, mostly capitalised, no sentence. */
    private static boolean byline(String line, List<Token> tokens) {
        if (tokens.size() < 2 || !tokens.get(0).word().equals("by") || tokens.size() > 12 || endsSentence(line)) {
            return false;
        }
        String rest = line.substring(tokens.get(0).end()).strip();
        String[] words = rest.split("\\s+");
        int capitalised = 0;
        for (String w : words) {
            capitalised += !w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || !Character.isLetter(w.codePointAt(0))) ? 1 : 0;
        }
        return capitalised * 3 >= words.length * 2;
    }

    /** "…on Monday." "…she said.”" "…(AP)." "…新台阶。」" */
    static boolean endsSentence(CharSequence line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’»)]」』）".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…。！？".indexOf(line.charAt(i)) >= 0;
    }

    /** "Firefighters … on Monday. Copyright Maria Lenz" after "Firefighters … on Monday." → "Copyright Maria Lenz". */
    private static Optional<String> remainderAfter(String previous, String line) {
        if (previous.length() < 12 || line.length() <= previous.length() || !line.startsWith(previous)) {
            return Optional.empty();
        }
        String rest = line.substring(previous.length()).strip();
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }

    private static String stripLeadingPunctuation(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '"' && s.charAt(i) != '“') {
            i++;
        }
        return s.substring(i).strip();
    }

    /** Lower case, white space runs as one space: "Share  this ARTICLE" repeats "Share this article". */
    private static String normalise(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        boolean space = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
