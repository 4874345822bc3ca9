package org.herald.nlp.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.analysis.EntityType;
import org.herald.model.lexicon.Lexicon;

/** The quote stage's tables, read once: reporting verbs, speaker nouns and pronouns. Immutable and thread-safe. */
final class QuoteLexicons {
    /**
     * One reporting verb. {@code objectContent}: "denied the allegations" is reported speech too; {@code belief}: a
     * cognition verb ("believes that …"), which reports a clause but never introduces a direct quote.
     */
    record Verb(String lemma, String stance, boolean objectContent, boolean belief, boolean takesAddressee) {}

    private final Map<String, Verb> verbs = new HashMap<>();
    /** A noun that names a speaker; {@code refers} is the entity type it stands for, empty for "officials". */
    record SpeakerNoun(String lemma, Optional<EntityType> refers) {}

    private final Map<String, SpeakerNoun> nouns = new HashMap<>();
    private final Map<String, EntityType> pronouns = new HashMap<>();

    static QuoteLexicons load() {
        return new QuoteLexicons();
    }

    private QuoteLexicons() {
        for (List<String> row : Lexicon.rows(QuoteLexicons.class, "reporting-verbs.tsv", 4, 5)) {
            if (!List.of("clause", "object", "belief").contains(row.get(2))) {
                throw new IllegalStateException("reporting-verbs.tsv: content must be clause, object or belief: " + row);
            }
            verbs.put(row.get(0), new Verb(row.get(0), row.get(1), row.get(2).equals("object"),
                    row.get(2).equals("belief"), row.get(3).equals("yes")));
        }
        for (List<String> row : Lexicon.rows(QuoteLexicons.class, "speaker-nouns.tsv", 2, 3)) {
            nouns.put(row.get(0), new SpeakerNoun(row.get(0),
                    row.get(1).equals("none") ? Optional.empty() : Optional.of(EntityType.valueOf(row.get(1)))));
        }
        for (List<String> row : Lexicon.rows(QuoteLexicons.class, "pronouns.tsv", 2, 2)) {
            pronouns.put(row.get(0), EntityType.valueOf(row.get(1)));
        }
    }

    Optional<Verb> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma.toLowerCase(Locale.ROOT)));
    }

    Optional<SpeakerNoun> speakerNoun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma.toLowerCase(Locale.ROOT)));
    }

    Optional<EntityType> pronoun(String word) {
        return Optional.ofNullable(pronouns.get(word.toLowerCase(Locale.ROOT)));
    }

    int verbCount() {
        return verbs.size();
    }
}
