package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Token;

/**
 * Roles from {@code titles.tsv}: the phrases that name an office ("foreign minister", "top diplomat") and the
 * nominals that refer back to its holder ("the minister", "the diplomat"). Immutable once loaded; thread-safe.
 */
final class Titles {
    /** A title phrase found over tokens {@code [first, end)}. */
    record Match(int first, int end, String title) {}

    private final Map<String, String> titleByPhrase = new HashMap<>();
    private final Map<String, Set<String>> nominalsByTitle = new HashMap<>();
    private final Set<String> nominals = new HashSet<>();
    private int longestPhrase = 1;

    private Titles() {}

    static Titles load() {
        Titles t = new Titles();
        for (List<String> row : Lexicon.rows(Titles.class, "titles.tsv", 2, 3)) {
            String phrase = row.get(0);
            String title = row.get(1);
            if (!phrase.equals(phrase.toLowerCase(Locale.ROOT)) || title.isEmpty()) {
                throw new IllegalStateException("titles.tsv: phrase must be lower case and title given: " + row);
            }
            t.titleByPhrase.put(phrase, title);
            t.longestPhrase = Math.max(t.longestPhrase, phrase.split(" ").length);
            Set<String> refs = t.nominalsByTitle.computeIfAbsent(title, k -> new HashSet<>());
            refs.add(title.toLowerCase(Locale.ROOT));
            refs.add(lastWord(phrase));
            if (row.size() > 2 && !row.get(2).isEmpty()) {
                for (String r : row.get(2).split("\\|")) refs.add(r.strip());
            }
        }
        t.nominalsByTitle.values().forEach(t.nominals::addAll);
        t.nominals.addAll(t.titleByPhrase.keySet());
        return t;
    }

    /**
     * The longest title starting at {@code first}: a table phrase, or a longer run of parser TITLE tokens
     * ("deputy secretary-general" is longer than the table's "secretary-general").
     */
    Optional<Match> startingAt(List<Token> tokens, int first) {
        Optional<Match> table = Optional.empty();
        for (int end = Math.min(tokens.size(), first + longestPhrase); end > first && table.isEmpty(); end--) {
            String title = titleByPhrase.get(lower(tokens, first, end));
            if (title != null) table = Optional.of(new Match(first, end, title));
        }
        int end = first;
        while (end < tokens.size() && tokens.get(end).ner().equals("TITLE")) end++;
        return longer(table, first, end, tokens);
    }

    /** The longest title whose last token is {@code end - 1}: "Russian [Foreign Minister] Sergei Lavrov". */
    Optional<Match> endingAt(List<Token> tokens, int end) {
        Optional<Match> table = Optional.empty();
        for (int first = Math.max(0, end - longestPhrase); first < end && table.isEmpty(); first++) {
            String title = titleByPhrase.get(lower(tokens, first, end));
            if (title != null) table = Optional.of(new Match(first, end, title));
        }
        int first = end;
        while (first > 0 && tokens.get(first - 1).ner().equals("TITLE")) first--;
        return longer(table, first, end, tokens).map(m -> withPortfolio(tokens, m));
    }

    /**
     * Whether tokens {@code [first, end)} are words of a title rather than a name of their own: "[Defense] Secretary",
     * "Secretary of [State]", "[House] Speaker", "[Homeland Security] Secretary". The parser often tags such words as an
     * organisation; they name an office, and the office holder's country and title come from the whole phrase.
     */
    boolean covers(List<Token> tokens, int first, int end) {
        Optional<Match> from = startingAt(tokens, first);
        if (from.isPresent() && from.get().end() > end) return true;
        for (int e = end; e <= Math.min(tokens.size(), end + longestPhrase); e++) {
            Optional<Match> through = endingAt(tokens, e);
            if (through.isPresent() && through.get().first() <= first) return true;
        }
        return false;
    }

    // A capitalised run the parser tagged ORGANIZATION right before "Secretary" or "Minister" is the portfolio:
    // "Homeland Security Secretary", "Energy Minister". Other titles take no portfolio: "[Apple] CEO Tim Cook".
    private static Match withPortfolio(List<Token> tokens, Match m) {
        if (m.end() - m.first() != 1 || !PORTFOLIO_HEADS.contains(tokens.get(m.first()).text().toLowerCase(Locale.ROOT))) {
            return m;
        }
        int first = m.first();
        while (first > 0 && tokens.get(first - 1).ner().equals("ORGANIZATION")
                && Character.isUpperCase(tokens.get(first - 1).text().charAt(0))) {
            first--;
        }
        return first == m.first() ? m : new Match(first, m.end(), titleCase(tokens, first, m.end()));
    }

    private static final Set<String> PORTFOLIO_HEADS = Set.of("secretary", "minister");

    private static Optional<Match> longer(Optional<Match> table, int first, int end, List<Token> tokens) {
        int tableLength = table.map(m -> m.end() - m.first()).orElse(0);
        return end - first > tableLength ? Optional.of(new Match(first, end, titleCase(tokens, first, end))) : table;
    }

    /** The longest nominal at {@code first} that may refer back to a titled person ("minister", "diplomat"). */
    Optional<Match> nominalAt(List<Token> tokens, int first) {
        for (int end = Math.min(tokens.size(), first + longestPhrase); end > first; end--) {
            String phrase = lower(tokens, first, end);
            if (nominals.contains(phrase)) return Optional.of(new Match(first, end, phrase));
        }
        return Optional.empty();
    }

    /** Whether "the {@code nominal}" can refer to a holder of {@code title}: "diplomat" → Foreign Minister. */
    boolean refersTo(String nominal, String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Set<String> refs = nominalsByTitle.get(title);
        return lower.equals(nominal) || lastWord(lower).equals(nominal) || (refs != null && refs.contains(nominal));
    }

    private static String lower(List<Token> tokens, int first, int end) {
        List<String> words = new ArrayList<>();
        for (int i = first; i < end; i++) words.add(tokens.get(i).text().toLowerCase(Locale.ROOT));
        return String.join(" ", words);
    }

    // "foreign minister" → "Foreign Minister"; hyphenated parts too: "secretary-general" → "Secretary-General".
    static String titleCase(List<Token> tokens, int first, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i < end; i++) {
            if (sb.length() > 0) sb.append(' ');
            String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
            boolean up = true;
            for (char c : w.toCharArray()) {
                sb.append(up && !w.equals("of") && !w.equals("and") ? Character.toUpperCase(c) : c);
                up = c == '-';
            }
        }
        return sb.toString();
    }

    private static String lastWord(String s) {
        return s.substring(s.lastIndexOf(' ') + 1);
    }
}
