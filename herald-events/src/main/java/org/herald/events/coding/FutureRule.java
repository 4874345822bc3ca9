package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;

/**
 * Announced events: "Xi will visit France" (aux "will"), "plans to visit", "is scheduled to meet" (a verb or noun of
 * planning above the event), "the president is to visit Kyiv" ("be" with an infinitive).
 */
final class FutureRule implements ModalityRule {
    private final ModalityCues cues = ModalityCues.load(EventMode.FUTURE);

    @Override
    public Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes) {
        for (int t : tree.sharedAuxiliaryChain(trigger)) {
            for (int m : tree.children(t, "aux")) {
                if (cues.modifier(tree.word(m))) return Optional.of(cue("'" + tree.token(m).text() + "'"));
            }
        }
        int below = trigger;
        for (Tree.Step s : tree.ancestors(trigger)) {
            // A coordinated clause is beside its first conjunct, not under it: "Moscow denies the plan, but
            // its troops shelled Kharkiv" — the shelling is not denied.
            if (s.via().equals("conj")) continue;
            String lemma = tree.lemma(s.token());
            boolean infinitive = tree.children(below, "mark").stream().anyMatch(m -> tree.word(m).equals("to"));
            if (lemma.equals("be") ? infinitive && s.via().equals("xcomp") : cues.governor(lemma)) {
                return Optional.of(cue("'" + tree.token(s.token()).text() + "' above the event"));
            }
            below = s.token();
        }
        return Optional.empty();
    }

    private static ModeCue cue(String why) {
        return new ModeCue(EventMode.FUTURE, "future by " + why);
    }
}
