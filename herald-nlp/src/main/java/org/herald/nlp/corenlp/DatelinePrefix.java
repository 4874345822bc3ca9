package org.herald.nlp.corenlp;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Token;

/**
 * The wire dateline or label that opens a sentence ({@code "WASHINGTON, March 1 (Xinhua) --"}, {@code "KYIV,
 * Ukraine (AP) —"}, {@code "ISLAMABAD:"}), found on tokens so that the parser can parse the clause after it alone.
 * Parsed with the clause, the place becomes the root and the real verb a parataxis under it, and every rule that
 * reads the main clause (subjects, attributions, the headline event of a lead) misses it.
 *
 * <p>The place must be written in capitals, as wire services write it; it needs a second sign that it is a place
 * and not a capitalised subject ("NATO — the alliance — said"): a region, a date or an agency after it, a colon
 * after it, or a place tag on it.
 */
final class DatelinePrefix {
    /** A place has at most this many words ("SAN JUAN CAPISTRANO"). */
    private static final int MAX_PLACE_WORDS = 4;
    /** An agency in brackets has at most this many tokens ("Thomson Reuters Foundation"). */
    private static final int MAX_AGENCY_TOKENS = 6;
    /** The clause after the dateline needs this many tokens to be worth parsing on its own. */
    private static final int MIN_CLAUSE_TOKENS = 3;
    private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "---");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private DatelinePrefix() {}

    /** How many tokens the dateline takes, separator included; 0 when the sentence opens with none. */
    static int length(List<Token> tokens) {
        int i = 0;
        boolean placeTagged = false;
        while (i < tokens.size() && i < MAX_PLACE_WORDS && isCapitals(tokens.get(i).text())) {
            placeTagged |= PLACE_TAGS.contains(tokens.get(i).ner());
            i++;
        }
        if (i == 0) return 0;
        boolean marker = false;
        int region = regionEnd(tokens, i);
        if (region > i) {
            i = region;
            marker = true;
        }
        int date = dateEnd(tokens, i);
        if (date > i) {
            i = date;
            marker = true;
        }
        int agency = agencyEnd(tokens, i);
        if (agency > i) {
            i = agency;
            marker = true;
        }
        if (i >= tokens.size()) return 0;
        String separator = tokens.get(i).text();
        boolean colon = separator.equals(":");
        if (!colon && !DASHES.contains(separator)) return 0;
        if (!colon && !marker && !placeTagged) return 0;
        int length = i + 1;
        return tokens.size() - length >= MIN_CLAUSE_TOKENS ? length : 0;
    }

    /**
     * The dependencies of the whole sentence from those of the clause after a dateline of {@code length} tokens
     * (parsed alone, so indexed from the clause's first token): the clause's indices shifted, the dateline's first
     * word hung from the clause's root as "dep" and the rest of the dateline from that word.
     */
    static List<Dependency> attach(int length, List<Dependency> clause) {
        List<Dependency> deps = new ArrayList<>(clause.size() + length);
        int root = -1;
        for (Dependency d : clause) {
            int governor = d.governor() < 0 ? -1 : d.governor() + length;
            if (governor < 0) root = d.dependent() + length;
            deps.add(new Dependency(governor, d.relation(), d.dependent() + length));
        }
        if (root < 0) return clause;
        deps.add(new Dependency(root, "dep", 0));
        for (int k = 1; k < length; k++) deps.add(new Dependency(0, "dep", k));
        return deps;
    }

    /** All letters capitals, at least two of them: "WASHINGTON", "U.S.", "NEW". */
    private static boolean isCapitals(String word) {
        int letters = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** ", Ukraine" or ", Calif." after the place: up to three capitalised words. */
    private static int regionEnd(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).text().equals(",")) return i;
        int k = i + 1;
        while (k < tokens.size() && k - i <= 3 && isCapitalised(tokens.get(k).text()) && !isMonth(tokens.get(k)))
            k++;
        return k > i + 1 ? k : i;
    }

    /** ", March 1" or "Sept. 24" after the place. */
    private static int dateEnd(List<Token> tokens, int i) {
        int k = i < tokens.size() && tokens.get(i).text().equals(",") ? i + 1 : i;
        if (k + 1 >= tokens.size() || !isMonth(tokens.get(k)) || !tokens.get(k + 1).text().matches("\\d{1,2}")) {
            return i;
        }
        return k + 2;
    }

    /** "(Reuters)" or "(AP)" after the place or date. */
    private static int agencyEnd(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).text().equals("(")) return i;
        for (int k = i + 1; k < tokens.size() && k - i <= MAX_AGENCY_TOKENS + 1; k++) {
            if (tokens.get(k).text().equals(")")) return k > i + 1 ? k + 1 : i;
        }
        return i;
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** "March", "Sept.", "Jan" (three letters or more of a month's English name). */
    private static boolean isMonth(Token token) {
        String w = token.text().replace(".", "").toLowerCase(Locale.ROOT);
        if (w.length() < 3 || !isCapitalised(token.text())) return false;
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(w)) return true;
        }
        return false;
    }
}
