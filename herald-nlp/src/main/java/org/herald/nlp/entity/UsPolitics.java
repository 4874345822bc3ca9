package org.herald.nlp.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.text.Token;

/**
 * What marks a person as a US politician, from {@code us-politics.tsv}: a state before the title ("Texas Gov."), a
 * party-state tag after the name ("D-Calif.", "(R-TX)"), a party and state in apposition ("a Democrat of
 * California"), and the offices that are American when the article is about the United States. Immutable once
 * loaded; thread-safe.
 */
final class UsPolitics {
    static final String USA = "USA";
    // "D-Calif.", "R-Texas", "I-Vt.": a party letter, a hyphen and a state's name or short form, as one token.
    private static final Pattern TAG = Pattern.compile("([A-Z])-(\\p{Lu}[\\p{L}.]*(?:\\s?\\p{Lu}[\\p{L}.]*)?)");

    private final Map<String, String> stateByForm = new HashMap<>();
    private final Set<String> partyWords = new HashSet<>();
    private final Set<String> partyLetters = new HashSet<>();
    private final Set<String> offices = new HashSet<>();
    private int longestName = 1;

    private UsPolitics() {}

    static UsPolitics load() {
        UsPolitics u = new UsPolitics();
        for (List<String> row : Lexicon.rows(UsPolitics.class, "us-politics.tsv", 2, 3)) {
            List<String> forms = row.size() > 2 && !row.get(2).isEmpty() ? List.of(row.get(2).split("\\|")) : List.of();
            switch (row.get(0)) {
                case "state" -> {
                    u.stateByForm.put(row.get(1), row.get(1));
                    u.longestName = Math.max(u.longestName, row.get(1).split(" ").length);
                    for (String f : forms) u.stateByForm.put(f, row.get(1));
                }
                case "party" -> {
                    u.partyWords.add(row.get(1));
                    for (String f : forms) (f.length() == 1 ? u.partyLetters : u.partyWords).add(f);
                }
                case "office" -> u.offices.add(row.get(1));
                default -> throw new IllegalStateException("us-politics.tsv: kind must be state, party or office: " + row);
            }
        }
        return u;
    }

    /** The state a name or short form stands for: "Calif.", "CA", "California" → California. */
    Optional<String> state(String form) {
        String s = stateByForm.get(form);
        if (s == null && form.endsWith(".")) s = stateByForm.get(form.substring(0, form.length() - 1));
        if (s == null && !form.endsWith(".")) s = stateByForm.get(form + ".");
        return Optional.ofNullable(s);
    }

    /** Whether a word names a party ("Democratic", "Republican", "GOP"); the tag letters "D", "R" do not count. */
    boolean party(String word) {
        return partyWords.contains(word);
    }

    /** Whether a normalised title is an office of US politics, American when the article is about the US. */
    boolean office(String title) {
        return offices.contains(title);
    }

    /** Whether one token is a party-state tag: "D-Calif.", "R-Texas", "D-NY". */
    boolean tag(String token) {
        Matcher m = TAG.matcher(token);
        return m.matches() && partyLetters.contains(m.group(1)) && state(m.group(2)).isPresent();
    }

    /** The most words a state's name has ("New Hampshire"), to bound look-ups over token runs. */
    int longestName() {
        return longestName;
    }

    /**
     * The end of a party-state tag or apposition starting at token {@code p}, right after a name: ", D-Calif.,",
     * " (R-Texas)", ", a Democrat of California,", ", Republican from Ohio", " of Texas" (the last only after a
     * titled name, as "Gov. John Roe of Texas"). Empty when none starts there.
     */
    OptionalInt endOfMarkerAfter(List<Token> tokens, int p, boolean titled) {
        int q = p;
        boolean comma = RoleReader.is(tokens, q, ",");
        boolean bracket = RoleReader.is(tokens, q, "(");
        if (comma || bracket) q++;
        if (q < tokens.size() && tag(tokens.get(q).text())) {
            int end = q + 1;
            if (bracket && RoleReader.is(tokens, end, ")")) end++;
            return OptionalInt.of(end);
        }
        if (comma && RoleReader.isDeterminer(tokens, q)) q++;
        // ", a Texas Republican,"
        OptionalInt state = comma ? stateEndingAfter(tokens, q) : OptionalInt.empty();
        if (state.isPresent() && state.getAsInt() < tokens.size() && party(tokens.get(state.getAsInt()).text())) {
            return OptionalInt.of(state.getAsInt() + 1);
        }
        if ((comma || bracket) && q < tokens.size() && party(tokens.get(q).text())) q++;
        else if (!titled || comma || bracket) return OptionalInt.empty();
        if (!RoleReader.is(tokens, q, "of") && !RoleReader.is(tokens, q, "from")) {
            // ", a Democrat," with no state still marks a US party member only beside a US office; not read here.
            return OptionalInt.empty();
        }
        return stateEndingAfter(tokens, q + 1);
    }

    /** The end of the longest state name starting at {@code first}: "New York" over "New". */
    OptionalInt stateEndingAfter(List<Token> tokens, int first) {
        for (int end = Math.min(tokens.size(), first + longestName); end > first; end--) {
            if (state(RoleReader.words(tokens, first, end)).isPresent()) return OptionalInt.of(end);
        }
        return OptionalInt.empty();
    }
}
