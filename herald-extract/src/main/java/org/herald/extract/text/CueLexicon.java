package org.herald.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.herald.model.lexicon.Lexicon;

/**
 * The phrases of {@code cues.tsv}, indexed by their first word so that a line is matched in time linear in its
 * length, whatever the size of the table.
 */
final class CueLexicon {

    /** How much of the line a phrase must account for; see the header of {@code cues.tsv}. */
    enum Match { LINE, START, ANY }

    /** A phrase found in a line: tokens {@code [from, to)}. */
    record Hit(Cue cue, Match match, int from, int to) {}

    private record Phrase(Cue cue, Match match, List<String> words) {}

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();

    private CueLexicon(List<List<String>> rows) {
        for (List<String> row : rows) {
            List<String> words = Token.of(row.get(2)).stream().map(Token::word).toList();
            if (words.isEmpty()) {
                throw new IllegalStateException("cues.tsv: empty phrase in " + row);
            }
            Phrase phrase = new Phrase(Cue.parse(row.get(0)), Match.valueOf(row.get(1).toUpperCase(Locale.ROOT)), words);
            byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(phrase);
        }
    }

    /** Reads {@code cues.tsv}; fails with {@code file:line} on a bad row. */
    static CueLexicon load() {
        return new CueLexicon(Lexicon.rows(CueLexicon.class, "cues.tsv", 3, 4));
    }

    /** Every phrase occurrence in the tokens; {@code START} phrases only at the first token. */
    List<Hit> find(List<Token> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Phrase p : byFirstWord.getOrDefault(tokens.get(i).word(), List.of())) {
                if ((p.match() != Match.START || i == 0) && matchesAt(p.words(), tokens, i)) {
                    hits.add(new Hit(p.cue(), p.match(), i, i + p.words().size()));
                }
            }
        }
        return hits;
    }

    private static boolean matchesAt(List<String> words, List<Token> tokens, int at) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!words.get(k).equals(tokens.get(at + k).word())) {
                return false;
            }
        }
        return true;
    }
}
