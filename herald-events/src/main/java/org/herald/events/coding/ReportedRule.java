package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;

/**
 * Claims attributed to a speaker: an event inside a quotation found by the quote stage ("'Russia attacked our
 * hospitals,' Zelensky said"), under a reporting verb ("Ukraine said Russia shelled Kharkiv") or beside one in
 * parataxis ("Russia attacked our hospitals, Zelensky said"), or credited with "according to" ("According to the
 * army, rebels killed 12 soldiers"). The event keeps its own source actor: the rebels, not the army.
 */
final class ReportedRule implements ModalityRule {
    private final ModalityCues cues = ModalityCues.load(EventMode.REPORTED);
    private final ModalityCues facts = ModalityCues.load(EventMode.ASSERTED);

    @Override
    public Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes) {
        var span = tree.token(trigger).span();
        boolean fact = toldAsFact(tree, trigger);
        for (Quote q : quotes) {
            // Reported speech ("X warned that …") holds the writer's presupposed facts too; a direct quotation does not.
            if (fact && q.type() == QuoteType.INDIRECT) continue;
            if (q.content().contains(span)) {
                String who = q.speaker().map(s -> " of " + s.name()).orElse("");
                return Optional.of(cue("the quotation" + who));
            }
        }
        int below = trigger;
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (isToldAsFact(tree, below)) break;
            if (Tree.is(s.via(), "ccomp", "parataxis") && cues.governor(tree.lemma(s.token()))) {
                return Optional.of(cue("reporting verb '" + tree.token(s.token()).text() + "'"));
            }
            below = s.token();
        }
        for (int t : tree.clauseChain(trigger)) {
            for (int o : tree.children(t, "obl")) {
                if (Arguments.isAccordingTo(tree, o)) {
                    return Optional.of(cue("'according to " + tree.token(o).text() + "'"));
                }
            }
            for (int p : tree.children(t, "parataxis")) {
                if (cues.governor(tree.lemma(p))) return Optional.of(cue("reporting verb '" + tree.token(p).text() + "'"));
            }
        }
        return Optional.empty();
    }

    // Whether the trigger, or a verb above it below the first reporting verb, is a clause told as fact.
    private boolean toldAsFact(Tree tree, int trigger) {
        int below = trigger;
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (isToldAsFact(tree, below)) return true;
            if (Tree.is(s.via(), "ccomp", "parataxis") && cues.governor(tree.lemma(s.token()))) return false;
            below = s.token();
        }
        return false;
    }

    // "warned that Russia could invade [after Russia amassed troops]": a past clause under a mark of fact
    // (modality-cues.tsv, ASSERTED) is the writer's, not the speaker's claim.
    private boolean isToldAsFact(Tree tree, int verb) {
        return tree.relation(verb).equals("advcl") && tree.token(verb).pos().equals("VBD")
                && tree.children(verb, "mark").stream().anyMatch(m -> facts.mark(tree.word(m)));
    }

    private static ModeCue cue(String why) {
        return new ModeCue(EventMode.REPORTED, "reported: inside " + why);
    }
}
