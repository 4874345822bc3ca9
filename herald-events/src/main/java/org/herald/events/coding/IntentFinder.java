package org.herald.events.coding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.herald.model.lexicon.Lexicon;

/**
 * Whether an act is stated as its own subject's intention or threat ({@code intent-cues.tsv}): a modal of will on
 * its clause chain ("Iran will attack Israel") or a verb of commitment above it ("the rebels vowed to free the
 * hostages", "France is ready to contribute troops"), with nothing that makes it a guess ("Russia could invade",
 * "Moscow fears NATO will expand"), not inside a condition ("if Israel attacks, Iran will retaliate": the attack is
 * the condition, the retaliation the threat) and, under a reporting verb, said by the subject itself ("NATO said it
 * would tighten the blockade"; "analysts say Russia will invade" is the analysts' forecast, no threat by Russia).
 * Immutable; thread-safe.
 */
final class IntentFinder {
    static final String FILE = "intent-cues.tsv";
    private static final List<String> CONDITIONS = List.of("if", "unless", "whether");
    private static final List<String> NEGATIONS = List.of("not", "n't", "never");

    private enum Kind { MODAL, GOVERNOR, STATE, GUESS, SPEAKER, CLAIM, REFUSAL }

    private final Map<String, Kind> cues = new HashMap<>();

    private IntentFinder() {}

    /** Reads the table; fails with the file and row on an unknown kind. */
    static IntentFinder load() {
        IntentFinder f = new IntentFinder();
        int entry = 0;
        for (List<String> row : Lexicon.rows(IntentFinder.class, FILE, 2, 3)) {
            entry++;
            try {
                f.cues.put(row.get(0), Kind.valueOf(row.get(1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(FILE + ": entry " + entry + ": unknown kind " + row.get(1), e);
            }
        }
        return f;
    }

    /**
     * The verbs and adjectives of commitment ("vow", "agree", "ready") and of refusal ("refuse", "decline"), which
     * take the act under them only through a complement row of their own.
     */
    Set<String> governors() {
        Set<String> out = new HashSet<>();
        cues.forEach((word, kind) -> {
            if (kind == Kind.GOVERNOR || kind == Kind.STATE || kind == Kind.REFUSAL) out.add(word);
        });
        return out;
    }

    /**
     * The word that makes the act at {@code trigger} its subject's stated refusal, or empty: a verb of refusal above
     * it ("Iran refused to release the sailors"), or a negation on its clause chain together with a stated intention
     * ({@link #find}: "the US said it would not provide aid", "vowed never to release"). A negation alone is no
     * refusal ("Iran did not release the sailors" reports what did not happen), nor is a denial of someone else's
     * claim ("Moscow denied it would send troops" is negated by "deny", above the chain, not on it).
     */
    Optional<String> refusal(Tree tree, int trigger, IntPredicate speakerIsSubject) {
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (s.via().equals("conj")) continue;
            if (!Tree.is(s.via(), "xcomp")) break;
            if (cues.get(tree.lemma(s.token())) == Kind.REFUSAL) {
                // "did not refuse to release": no refusal was made.
                return negated(tree, s.token()) ? Optional.empty() : Optional.of(tree.word(s.token()));
            }
        }
        // "would not provide", "vowed never to release": the negation sits on the act's chain, below the intention
        // that find() looks for; "never vowed to release" negates the vow, and find() then finds nothing.
        boolean negatedOnChain = tree.clauseChain(trigger).stream().anyMatch(t -> negated(tree, t));
        return negatedOnChain ? find(tree, trigger, speakerIsSubject) : Optional.empty();
    }

    /**
     * The word that makes the act at {@code trigger} a stated intention of its subject ("will", "vowed"), or empty.
     *
     * @param speakerIsSubject whether the subject of a reporting verb above the act (its token index) is the act's
     *                         own subject
     */
    Optional<String> find(Tree tree, int trigger, IntPredicate speakerIsSubject) {
        String cue = null;
        for (int t : tree.clauseChain(trigger)) {
            List<Integer> aux = tree.children(t, "aux");
            for (int m : tree.children(t, "aux", "advmod")) {
                Kind k = cues.get(tree.word(m));
                if (k == Kind.GUESS) return Optional.empty();
                if (k == Kind.MODAL && tree.token(m).pos().equals("MD")) {
                    // "Iran would have attacked": a counterfactual, not a commitment.
                    if (aux.stream().anyMatch(a -> tree.lemma(a).equals("have"))) return Optional.empty();
                    if (cue == null) cue = tree.word(m);
                }
            }
        }
        if (conditional(tree, trigger)) return Optional.empty();
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (s.via().equals("conj")) continue;
            int up = s.token();
            if (conditional(tree, up) || negated(tree, up)) return Optional.empty();
            Kind k = cues.get(tree.lemma(up));
            if (k == null) k = cues.get(tree.word(up));
            if (k == Kind.GUESS) return Optional.empty();
            if (k == Kind.GOVERNOR && Tree.is(s.via(), "xcomp", "ccomp")
                    || k == Kind.STATE && !tree.children(up, "cop", "aux:pass").isEmpty()) {
                // The commitment is its subject's own statement, whoever reports it: "Ethnic Albanians have sworn
                // to fight until they gain control of villages, Macedonian officials said" (1382 example).
                return Optional.of(tree.word(up));
            }
            if (isSpeaker(k) && Tree.is(s.via(), "ccomp", "parataxis")) {
                if (!speakerSaysItself(tree, up, speakerIsSubject)) return Optional.empty();
                break;
            }
        }
        if (cue == null) return Optional.empty();
        for (int t : tree.clauseChain(trigger)) {
            for (int o : tree.children(t, "obl")) {
                // "According to the army, rebels will attack": the army's forecast.
                if (Arguments.isAccordingTo(tree, o)) return Optional.empty();
            }
            for (int p : tree.children(t, "parataxis")) {
                // "Russia will retaliate, the Kremlin said" / "..., analysts said".
                if (isSpeaker(cues.get(tree.lemma(p))) && !speakerSaysItself(tree, p, speakerIsSubject)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(cue);
    }

    /**
     * The verb by which the act's own doer claims or admits it ("the Taliban [claimed] they had attacked the school",
     * "[admitted] to having violated the truce"), or empty: the act's clause is that verb's complement, the verb is
     * not negated and its subject is the act's doer ("Russia claimed Ukraine shelled the plant" is an accusation).
     */
    Optional<String> claim(Tree tree, int trigger, IntPredicate speakerIsSubject) {
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (s.via().equals("conj")) continue;
            if (!Tree.is(s.via(), "ccomp", "xcomp", "advcl")) return Optional.empty();
            int up = s.token();
            if (cues.get(tree.lemma(up)) != Kind.CLAIM || negated(tree, up)) return Optional.empty();
            return speakerSaysItself(tree, up, speakerIsSubject) ? Optional.of(tree.word(up)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isSpeaker(Kind k) {
        return k == Kind.SPEAKER || k == Kind.CLAIM;
    }

    private static boolean speakerSaysItself(Tree tree, int verb, IntPredicate speakerIsSubject) {
        Optional<Integer> subject = tree.child(verb, "nsubj");
        return subject.isPresent() && speakerIsSubject.test(subject.get());
    }

    // "Russia did not say it would attack", "never threatened to invade": no statement of intent was made.
    private static boolean negated(Tree tree, int head) {
        return tree.children(head, "advmod", "aux").stream().anyMatch(m -> NEGATIONS.contains(tree.word(m)));
    }

    private static boolean conditional(Tree tree, int head) {
        return tree.children(head, "mark").stream().anyMatch(m -> CONDITIONS.contains(tree.word(m)));
    }
}
