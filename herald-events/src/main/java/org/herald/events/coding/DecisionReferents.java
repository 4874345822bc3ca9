package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.EventMode;
import org.herald.model.lexicon.Lexicon;

/**
 * Who made "the decision" a reaction is aimed at ({@code decision-referents.tsv}): "The US declared the settlements no
 * longer illegal. Egypt and Jordan criticised the decision" → Egypt → US, Jordan → US. One instance reads one
 * article in order: {@link #note} is told each sentence's events, {@link #of} answers for a later object. Not
 * thread-safe; {@link CameoCoder} makes one per article.
 */
final class DecisionReferents {
    private static final String FILE = "decision-referents.tsv";
    private static final Set<String> DEFINITE = Set.of("the", "this", "that");
    private static final Set<String> NOUNS = kind("noun");
    private static final Set<String> VERBS = kind("verb");

    private Optional<Actor> latest = Optional.empty();

    private static Set<String> kind(String kind) {
        return Lexicon.rows(DecisionReferents.class, FILE, 2, 3).stream().filter(r -> r.get(1).equals(kind))
                .map(r -> r.get(0)).collect(Collectors.toUnmodifiableSet());
    }

    /** Remembers the doer of the sentence's latest decision, if it made one. */
    void note(Tree tree, List<Coded> events) {
        for (Coded c : events) {
            EventMode m = c.event().mode();
            if (m == EventMode.NEGATED || m == EventMode.HYPOTHETICAL) continue;
            if (VERBS.contains(tree.lemma(c.trigger()))) latest = Optional.of(c.event().source());
        }
    }

    /**
     * The maker of the decision that {@code noun} ("the decision", "this move") refers to, unless that is one of the
     * reacting {@code sources}; empty for any other noun.
     */
    Optional<Actor> of(Tree tree, int noun, List<Actor> sources) {
        if (!NOUNS.contains(tree.lemma(noun)) || !tree.children(noun, "nmod:poss").isEmpty()) return Optional.empty();
        boolean definite = tree.children(noun, "det").stream().anyMatch(d -> DEFINITE.contains(tree.word(d)));
        if (!definite) return Optional.empty();
        return latest.filter(a -> sources.stream().noneMatch(s -> s.code().equals(a.code())));
    }
}
