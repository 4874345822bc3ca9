package org.herald.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.nlp.text.Token;

/**
 * Reads the tense of the words nearest to a time expression in one sentence's tokens: a cue from the lexicon
 * ("will", "is to", "said") or a past-tense verb (tag VBD). The nearest cue wins; past wins a tie, because news
 * reports what has happened. A comma between cue and expression counts as {@value #COMMA_COST} tokens, so
 * the clause holding the expression speaks first: "The summit, which will take place in March, was announced".
 */
final class TenseGuesser implements SentenceText.TokenView {
    static final int COMMA_COST = 4;

    private final List<Token> tokens;
    private final Map<String, Tense> cues;

    TenseGuesser(List<Token> tokens, Map<String, Tense> cues) {
        this.tokens = List.copyOf(tokens);
        this.cues = cues;
    }

    @Override
    public Tense tenseAround(int start, int end) {
        Tense best = Tense.UNKNOWN;
        int bestDistance = Integer.MAX_VALUE;
        int first = -1;
        int last = -1;
        for (Token t : tokens) {
            if (t.span().end() > start && t.span().start() < end) {
                if (first < 0) first = t.index();
                last = t.index();
            }
        }
        if (first < 0) {
            return Tense.UNKNOWN;
        }
        int distance = 0;
        for (int i = first - 1; i >= 0; i--) {
            Tense cue = cue(i);
            if (cue != Tense.UNKNOWN) {
                best = cue;
                bestDistance = distance;
                break;
            }
            distance += tokens.get(i).text().equals(",") ? COMMA_COST : 1;
        }
        distance = 0;
        for (int i = last + 1; i < tokens.size() && distance <= bestDistance; i++) {
            // "would reopen on March 1 [and] praised the mediators": past the conjunction is another verb's tense.
            if (tokens.get(i).pos().equals("CC")) break;
            Tense cue = cue(i);
            if (cue != Tense.UNKNOWN) {
                // a tie goes to the past: "said on Monday it would" has "said" and "would" one token away
                if (distance < bestDistance || cue == Tense.PAST) best = cue;
                break;
            }
            distance += tokens.get(i).text().equals(",") ? COMMA_COST : 1;
        }
        return best;
    }

    /** "a crowd of 2000 people": NN or NNS right after the range. */
    @Override
    public boolean nounAfter(int end) {
        for (Token t : tokens) {
            if (t.span().start() >= end) {
                return t.pos().equals("NN") || t.pos().equals("NNS");
            }
        }
        return false;
    }

    private Tense cue(int i) {
        String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
        if (i + 1 < tokens.size()) {
            Tense pair = cues.get(word + " " + tokens.get(i + 1).text().toLowerCase(Locale.ROOT));
            if (pair != null) return pair;
        }
        Tense single = cues.get(word);
        if (single != null) return single;
        return tokens.get(i).pos().equals("VBD") ? Tense.PAST : Tense.UNKNOWN;
    }
}
