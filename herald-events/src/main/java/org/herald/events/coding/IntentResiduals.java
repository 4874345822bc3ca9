package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the bare promise, threat or refusal of a verb of commitment or refusal when the act under it was coded as a
 * more specific statement: "the rebels vowed to free the hostages" is 0353 (intent to release), not also 030 for
 * "vowed"; "Iran threatened to shell the border" is 1384, not also 130 for "threatened"; "Turkey refused to provide
 * aid" is 122, not also 120 for "refused".
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
        return (code.startsWith("03") || code.startsWith("13") || code.startsWith("12")) && !isStatement(c);
    }

    // "Germany vowed never to supply weapons": the vow (030) is covered by the refusal (1222) coded below it.
    private static boolean isStatement(Coded c) {
        String rule = c.event().evidence().rule();
        return rule.startsWith(CameoCoder.INTENT) || rule.startsWith(CameoCoder.REFUSAL);
    }

    private static boolean coveredBy(Tree tree, Coded residual, List<Coded> events) {
        for (Coded other : events) {
            if (!isStatement(other)) continue;
            if (!other.event().source().code().equals(residual.event().source().code())) continue;
            for (Tree.Step s : tree.ancestors(other.trigger())) {
                if (s.via().equals("conj")) break;
                if (s.token() == residual.trigger()) return true;
            }
        }
        return false;
    }
}
