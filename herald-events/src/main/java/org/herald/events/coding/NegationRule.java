package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;

/**
 * Negated events: "Russia did not attack Ukraine" (advmod "not" on the verb), "has no plans to invade" (det "no" on a
 * noun of the clause chain), "Moscow denies it has any plans to invade Ukraine" (a denying verb above the event).
 */
final class NegationRule implements ModalityRule {
    private final ModalityCues cues = ModalityCues.load(EventMode.NEGATED);

    @Override
    public Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes) {
        for (int t : tree.clauseChain(trigger)) {
            for (int m : tree.children(t, "advmod", "det", "aux")) {
                if (cues.modifier(tree.word(m))) return Optional.of(cue("'" + tree.token(m).text() + "'"));
            }
            // "put forward tax cuts without [consulting] the OBR": a verb that "without" introduces did not happen.
            if (tree.isVerb(t)) {
                for (int m : tree.children(t, "mark")) {
                    if (tree.word(m).equalsIgnoreCase("without")) return Optional.of(cue("'without'"));
                }
            }
        }
        for (Tree.Step s : tree.ancestors(trigger)) {
            // A coordinated clause is beside its first conjunct, not under it: "Moscow denies the plan, but
            // its troops shelled Kharkiv" — the shelling is not denied.
            if (s.via().equals("conj")) continue;
            // An adverbial clause is the circumstance of the verb above, not its content: "Exports declined after
            // Russia attacked the port" — the attack is not declined, nor is anything above the "after" clause.
            if (s.via().startsWith("advcl")) break;
            if (cues.governor(tree.lemma(s.token()))) {
                return Optional.of(cue("'" + tree.token(s.token()).text() + "' above the event"));
            }
        }
        return Optional.empty();
    }

    private static ModeCue cue(String why) {
        return new ModeCue(EventMode.NEGATED, "negated by " + why);
    }
}
