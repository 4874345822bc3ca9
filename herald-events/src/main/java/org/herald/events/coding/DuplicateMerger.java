package org.herald.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;

/**
 * Merges the events of one sentence that have the same source, target and code into the first of them: "Russia
 * attacked Ukraine and attacked Ukraine again on Tuesday" is one event.
 */
final class DuplicateMerger {
    private DuplicateMerger() {}

    static List<Coded> apply(List<Coded> events, Trace trace) {
        Map<String, Coded> kept = new LinkedHashMap<>();
        for (Coded c : events) {
            Event e = c.event();
            String key = e.source().code() + "|" + e.target().map(Actor::code).orElse("") + "|" + e.cameo();
            if (kept.putIfAbsent(key, c) != null) {
                trace.note("merged a second " + e.cameo() + " " + key.replace("|", " ").trim() + " at '" + e.trigger()
                        + "' into the first");
            }
        }
        return new ArrayList<>(kept.values());
    }
}
