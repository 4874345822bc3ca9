package org.herald.events.coding;

import java.util.List;
import java.util.Optional;

/**
 * What a main-clause subject pronoun that its own sentence leaves open stands for: the main-clause subject of the
 * sentence before. News writes a country or body's second act as a new sentence: "Moscow denies it has any plans to
 * invade. [It] also wants NATO to halt weapon deployments." "It" takes a single subject that is no person; "they" a
 * plural or conjoined one. Anything else (a pronoun inside a clause, a first-person pronoun, no sentence before) is
 * left uncoded, as before.
 */
final class Antecedents {
    private final Optional<Tree> previous;

    private Antecedents(Optional<Tree> previous) {
        this.previous = previous;
    }

    static Antecedents after(Optional<Tree> previous) {
        return new Antecedents(previous);
    }

    /** The sentence the antecedents are in, if there is one. */
    Optional<Tree> sentence() {
        return previous;
    }

    /** The heads in the previous sentence that {@code pronoun}, a subject of {@code tree}'s root verb, stands for. */
    List<Integer> of(Tree tree, int pronoun) {
        if (previous.isEmpty() || !tree.relation(pronoun).equals("nsubj")) return List.of();
        Optional<Integer> verb = tree.governor(pronoun);
        if (verb.isEmpty() || !tree.relation(verb.get()).equals("root")) return List.of();
        String w = tree.word(pronoun);
        if (!w.equals("it") && !w.equals("they")) return List.of();
        Tree before = previous.get();
        Optional<Integer> root = root(before);
        if (root.isEmpty()) return List.of();
        List<Integer> subjects = before.exactly(root.get(), "nsubj").stream().flatMap(s -> before.withConjuncts(s)
                .stream()).toList();
        if (subjects.isEmpty() || subjects.stream().anyMatch(s -> before.token(s).pos().startsWith("PRP"))) {
            return List.of();
        }
        boolean plural = subjects.size() > 1 || before.token(subjects.get(0)).pos().endsWith("S");
        if (w.equals("they") != plural) return List.of();
        if (w.equals("it") && before.token(subjects.get(0)).ner().equals("PERSON")) return List.of();
        return subjects;
    }

    private static Optional<Integer> root(Tree tree) {
        for (int i = 0; i < tree.sentence().tokens().size(); i++) {
            if (tree.sentence().head(i).filter(d -> d.relation().equals("root")).isPresent()) return Optional.of(i);
        }
        return Optional.empty();
    }
}
