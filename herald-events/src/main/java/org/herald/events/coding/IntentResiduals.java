package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the bare promise or threat of a verb of commitment when the act under it was coded as a more specific
 * intention: "the rebels vowed to free the hostages" is 0353 (intent to release), not also 030 for "vowed"; "Iran
 * threatened to shell the border" is 1384, not also 130 for "threatened".
 */
final class IntentResiduals {
    private IntentResiduals() {}

    static List<Coded> apply(Tree tree, List<Coded> events, Trace trace) {
        List<Coded> out = new ArrayList<>();
        for (Coded c : events) {
            if (isResidual(c) && coveredBy(tree, c, events)) {
                if (trace.enabled()) trace.note("dropped " + c.event().cameo() + " at '" + c.event().trigger()
                        + "': the act it commits to is coded as a more specific intention");
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean isResidual(Coded c) {
        String code = c.event().cameo();
        return (code.startsWith("03") || code.startsWith("13"))
                && !c.event().evidence().rule().startsWith(CameoCoder.INTENT);
    }

    private static boolean coveredBy(Tree tree, Coded residual, List<Coded> events) {
        for (Coded other : events) {
            if (!other.event().evidence().rule().startsWith(CameoCoder.INTENT)) continue;
            if (!other.event().source().code().equals(residual.event().source().code())) continue;
            for (Tree.Step s : tree.ancestors(other.trigger())) {
                if (s.via().equals("conj")) break;
                if (s.token() == residual.trigger()) return true;
            }
        }
        return false;
    }
}
