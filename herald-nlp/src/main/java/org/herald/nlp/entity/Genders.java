package org.herald.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;

/**
 * Gender from a given name ({@code first-names.tsv}) or a pronoun, used only to keep "she" off a man (here and by the
 * quote stage's speaker linking). Thread-safe.
 */
public final class Genders {
    public enum Gender { FEMALE, MALE }

    private final Map<String, Gender> byFirstName = new HashMap<>();

    private Genders() {}

    public static Genders load() {
        Genders g = new Genders();
        for (List<String> row : Lexicon.rows(Genders.class, "first-names.tsv", 2, 2)) {
            Gender gender = switch (row.get(1)) {
                case "f" -> Gender.FEMALE;
                case "m" -> Gender.MALE;
                default -> throw new IllegalStateException("first-names.tsv: gender must be f or m in row " + row);
            };
            if (g.byFirstName.put(row.get(0), gender) != null) {
                throw new IllegalStateException("first-names.tsv: name listed twice: " + row.get(0));
            }
        }
        return g;
    }

    /** The gender of a full name's first word: "Annalena Baerbock" → FEMALE; a lone surname gives none. */
    public Optional<Gender> ofName(String name) {
        String[] words = name.split("\\s+");
        return words.length < 2 ? Optional.empty() : Optional.ofNullable(byFirstName.get(words[0]));
    }

    public static Optional<Gender> ofPronoun(String pronoun) {
        switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he": case "him": case "his": return Optional.of(Gender.MALE);
            case "she": case "her": case "hers": return Optional.of(Gender.FEMALE);
            default: return Optional.empty();
        }
    }
}
