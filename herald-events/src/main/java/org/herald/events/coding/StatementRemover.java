package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a statement or denial (CAMEO 01) whose content was coded as an event of its own: "Ukraine said Russia shelled
 * Kharkiv" is the shelling, reported, not also a statement; "'Russia attacked our hospitals,' Zelensky said" likewise.
 */
final class StatementRemover {
    /** CAMEO 016, Deny responsibility. */
    private static final String DENIAL = "016";

    private StatementRemover() {}

    static List<Coded> apply(Tree tree, List<Coded> events, Trace trace) {
        List<Coded> out = new ArrayList<>();
        for (Coded c : events) {
            if (c.event().cameo().startsWith("01") && carriesEvent(tree, c, events)) {
                if (trace.enabled()) trace.note("dropped " + c.event().cameo() + " at '" + c.event().trigger()
                        + "': the statement's content is coded as its own event");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean carriesEvent(Tree tree, Coded statement, List<Coded> events) {
        for (Coded other : events) {
            if (other == statement || other.event().cameo().startsWith("01")) continue;
            // "rejected accusations by the US": the accusation is what is denied, not what the denial says.
            if (statement.event().cameo().equals(DENIAL) && isObjectOf(tree, statement.trigger(), other.trigger())) {
                continue;
            }
            if (says(tree, statement.trigger(), other.trigger())) return true;
            boolean beside = tree.relation(statement.trigger()).equals("parataxis")
                    && tree.dominates(tree.governor(statement.trigger()).orElse(-1), other.trigger());
            if (beside) return true;
        }
        return false;
    }

    private static boolean isObjectOf(Tree tree, int verb, int noun) {
        return tree.governor(noun).filter(g -> g == verb).isPresent() && tree.relation(noun).equals("obj");
    }

    /**
     * Whether {@code event} is inside what the statement at {@code verb} says: under it in the tree, but not
     * through a coordination ("denies the plan, but its troops shelled Kharkiv": the shelling is not said).
     */
    private static boolean says(Tree tree, int verb, int event) {
        for (Tree.Step s : tree.ancestors(event)) {
            if (s.token() == verb) return !s.via().equals("conj");
        }
        return false;
    }
}
