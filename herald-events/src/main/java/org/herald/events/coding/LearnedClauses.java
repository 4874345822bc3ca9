package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.events.learned.LearnedTypes;
import org.herald.model.lexicon.Lexicon;

/**
 * The clause an event takes when no verb row codes a sentence and the learned event types give it one: the
 * sentence's main predicate (the root verb, or the act a plain "said" reports), its subjects as sources, and its
 * objects and prepositional objects as targets, as a verb row's clause has them. The code comes from the guess,
 * never from the verb, so the rule id says so: {@code learned:event-types.tsv:<verb>}.
 */
final class LearnedClauses {
    static final String KIND = "learned";
    /**
     * Where a target is looked for, in order: the object ("stormed [the base]"), the indirect object, then the
     * prepositions that name the other side of an act ("fought [against] the rebels", "met [with] Putin").
     */
    private static final List<String> TARGET_SLOTS =
            List.of("obj", "iobj", "against", "with", "to", "on", "from", "for", "at", "into");
    private static final Set<String> SPEECH = Set.copyOf(Lexicon.words(LearnedTypes.class, "speech-verbs.tsv"));
    private static final Set<String> UNDERGOING =
            Set.copyOf(Lexicon.words(LearnedTypes.class, "undergoing-verbs.tsv"));

    private LearnedClauses() {}

    /** The sentence's main predicate: its root verb or, under a root verb of plain speech, the reported act. */
    static Optional<Integer> predicate(Tree tree) {
        for (int i = 0; i < tree.sentence().tokens().size(); i++) {
            if (!tree.relation(i).equals("root")) continue;
            if (!tree.isVerb(i)) return Optional.empty();
            // "There are angry critics of the regime": a root "be" (the copula hangs below its predicate, so a root
            // one is existential) says what there is, not what anyone did.
            if (tree.lemma(i).equals("be")) return Optional.empty();
            if (SPEECH.contains(tree.lemma(i))) {
                Optional<Integer> reported = tree.children(i, "ccomp").stream().filter(tree::isVerb).findFirst();
                if (reported.isPresent()) return reported;
            }
            return Optional.of(i);
        }
        return Optional.empty();
    }

    /** The predicate's clause with {@code code} as its entry's code. */
    static Clause clause(Tree tree, int verb, String code) {
        List<Integer> chain = new ArrayList<>(List.of(verb));
        for (Optional<Integer> x = Arguments.complement(tree, verb); x.isPresent() && chain.size() < 4;
             x = Arguments.complement(tree, x.get())) {
            chain.add(x.get());
        }
        VerbEntry entry = new VerbEntry(tree.lemma(verb), Optional.empty(), Optional.empty(), Optional.empty(), code,
                TARGET_SLOTS, LearnedTypes.WEIGHTS, 0);
        List<List<Integer>> targets = new ArrayList<>();
        List<Integer> passiveSubjects = tree.exactly(verb, "nsubj:pass");
        List<Integer> sources;
        if (!passiveSubjects.isEmpty()) {
            // "the base was stormed by militants": the subject is the target, the by-phrase the doer.
            List<Integer> subjects = new ArrayList<>();
            passiveSubjects.forEach(s -> subjects.addAll(tree.withConjuncts(s)));
            targets.add(subjects);
            sources = Arguments.agents(tree, verb);
        } else if (UNDERGOING.contains(tree.lemma(verb))) {
            // "seven people died from artillery exchanges": the dead are the act's targets; it names no doer
            List<Integer> subjects = new ArrayList<>();
            tree.exactly(verb, "nsubj").forEach(s -> subjects.addAll(tree.withConjuncts(s)));
            targets.add(subjects);
            sources = List.of();
        } else {
            sources = Arguments.subjects(tree, verb);
        }
        for (String slot : TARGET_SLOTS) targets.add(Arguments.slot(tree, chain, slot));
        return new Clause(KIND, verb, chain, sources, targets, entry);
    }
}
