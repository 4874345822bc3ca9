package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;

/**
 * Claims attributed to a speaker: an event inside a quotation found by the quote stage ("'Russia attacked our
 * hospitals,' Zelensky said"), under a reporting verb ("Ukraine said Russia shelled Kharkiv") or beside one in
 * parataxis ("Russia attacked our hospitals, Zelensky said"), or credited with "according to" ("According to the
 * army, rebels killed 12 soldiers"). The event keeps its own source actor: the rebels, not the army.
 */
final class ReportedRule implements ModalityRule {
    private final ModalityCues cues = ModalityCues.load(EventMode.REPORTED);

    @Override
    public Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes) {
        var span = tree.token(trigger).span();
        for (Quote q : quotes) {
            if (q.content().contains(span)) {
                String who = q.speaker().map(s -> " of " + s.name()).orElse("");
                return Optional.of(cue("the quotation" + who));
            }
        }
        for (Tree.Step s : tree.ancestors(trigger)) {
            if (Tree.is(s.via(), "ccomp", "parataxis") && cues.governor(tree.lemma(s.token()))) {
                return Optional.of(cue("reporting verb '" + tree.token(s.token()).text() + "'"));
            }
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

    private static ModeCue cue(String why) {
        return new ModeCue(EventMode.REPORTED, "reported: inside " + why);
    }
}
