package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;

/**
 * Possible or conditional events: a modal on the clause chain ("Russia could invade Ukraine", "would have serious
 * consequences"), an event inside an if-clause ("If Iran attacks Israel, …") or carrying one ("Russia will attack if
 * talks fail"), or a verb of wanting or fearing above it ("wants to join").
 */
final class HypotheticalRule implements ModalityRule {
    /** Closing quotes and brackets after a sentence's last mark: "… cooperate?”". */
    private static final Set<String> CLOSERS = Set.of("\"", "\u201d", "'", "\u2019", ")", "]", "''", "-RRB-");

    private final ModalityCues cues = ModalityCues.load(EventMode.HYPOTHETICAL);

    @Override
    public Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes) {
        if (isQuestion(tree)) return Optional.of(cue("a question ('?')"));
        Optional<Integer> order = imperativeAbove(tree, trigger);
        if (order.isPresent()) return Optional.of(cue("an instruction ('" + tree.token(order.get()).text() + "')"));
        for (int t : tree.sharedAuxiliaryChain(trigger)) {
            for (int m : tree.children(t, "aux", "advmod")) {
                if (cues.modifier(tree.word(m))) return Optional.of(cue("modal '" + tree.token(m).text() + "'"));
            }
            for (int clause : tree.children(t, "advcl")) {
                Optional<ModeCue> c = condition(tree, clause);
                if (c.isPresent()) return c;
            }
        }
        Optional<Integer> purposeOf = purposeOfNoun(tree, trigger);
        if (purposeOf.isPresent()) {
            return Optional.of(cue("the purpose of '" + tree.token(purposeOf.get()).text() + "'"));
        }
        Optional<ModeCue> inside = condition(tree, trigger);
        if (inside.isPresent()) return inside;
        for (Tree.Step s : tree.ancestors(trigger)) {
            // A coordinated clause is beside its first conjunct, not under it: "Moscow denies the plan, but
            // its troops shelled Kharkiv" — the shelling is not denied.
            if (s.via().equals("conj")) continue;
            Optional<ModeCue> c = condition(tree, s.token());
            if (c.isPresent()) return c;
            if (cues.governor(tree.lemma(s.token()))) {
                return Optional.of(cue("'" + tree.token(s.token()).text() + "' above the event"));
            }
        }
        return Optional.empty();
    }

    // "Will the regime cooperate?", "Could Russia invade?": a question asserts nothing; it asks whether.
    static boolean isQuestion(Tree tree) {
        int n = tree.sentence().tokens().size();
        for (int i = n - 1; i >= 0; i--) {
            String w = tree.token(i).text();
            if (CLOSERS.contains(w)) continue;
            return w.equals("?");
        }
        return false;
    }

    /**
     * The imperative that heads the sentence of {@code trigger}: "To urge your MP to back the campaign, [click] this
     * box" tells the reader what to do; nothing in it has happened. A bare verb (VB) at the root with no subject, no
     * auxiliary and no infinitive "to" ("Trump to visit China" is a headline's future).
     */
    private static Optional<Integer> imperativeAbove(Tree tree, int trigger) {
        int root = trigger;
        for (Tree.Step s : tree.ancestors(trigger)) root = s.token();
        if (!tree.relation(root).equals("root") || !tree.token(root).pos().equals("VB")) return Optional.empty();
        if (!tree.children(root, "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark").isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(root);
    }

    /**
     * The noun whose purpose the trigger's infinitive states: "an annual [forum] to discuss financial services", "a
     * [plan] to invade": what the thing is for, not what anyone has done.
     */
    private static Optional<Integer> purposeOfNoun(Tree tree, int trigger) {
        if (!tree.relation(trigger).equals("acl") || !tree.isVerb(trigger)) return Optional.empty();
        if (tree.children(trigger, "mark").stream().noneMatch(m -> tree.word(m).equals("to"))) return Optional.empty();
        return tree.governor(trigger).filter(tree::isNoun);
    }

    /** "If Iran attacks": the clause headed by {@code head} opens with a conditional subordinator. */
    private Optional<ModeCue> condition(Tree tree, int head) {
        for (int m : tree.children(head, "mark")) {
            if (cues.mark(tree.word(m))) return Optional.of(cue("'" + tree.token(m).text() + "' clause"));
        }
        return Optional.empty();
    }

    private static ModeCue cue(String why) {
        return new ModeCue(EventMode.HYPOTHETICAL, "hypothetical by " + why);
    }
}
