package org.herald.events.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;

/**
 * Merges the events of one sentence that have the same source, target and code into the first of them: "Russia
 * attacked Ukraine and attacked Ukraine again on Tuesday" is one event. An event without a target is dropped when
 * the sentence has the same source and code with one: "Iran issued a warning to Israel" is coded at "issued" (no
 * target slot) and at the event noun "warning" (to Israel), and only IRN → ISR is kept. An event noun that is the
 * object of another coded event's verb, with the same source, is that verb's content, not a second act: "Finland
 * will give Tanzania a grant" is the aid of "give … grant", not a second event at "grant".
 */
final class DuplicateMerger {
    private DuplicateMerger() {}

    // The verb's row already read its object ("give grant", "launch strikes"), so the object noun names no act of
    // its own; light verbs ("issued a warning") code nothing themselves, so their nouns stay.
    private static boolean objectOfCodedVerb(Tree tree, Coded noun, Coded verb) {
        return tree.governor(noun.trigger()).filter(g -> g == verb.trigger()).isPresent()
                && tree.relation(noun.trigger()).equals("obj");
    }

    static List<Coded> apply(Tree tree, List<Coded> events, Trace trace) {
        Map<String, Coded> kept = new LinkedHashMap<>();
        for (Coded c : events) {
            Event e = c.event();
            String key = e.source().code() + "|" + e.target().map(Actor::code).orElse("") + "|" + e.cameo();
            if (kept.putIfAbsent(key, c) != null && trace.enabled()) {
                trace.note("merged a second " + e.cameo() + " " + key.replace("|", " ").trim() + " at '"
                        + e.trigger() + "' into the first");
            }
        }
        List<Coded> out = new ArrayList<>();
        for (Coded c : kept.values()) {
            Event e = c.event();
            boolean covered = e.target().isEmpty() && kept.values().stream().map(Coded::event).anyMatch(o ->
                    o.target().isPresent() && o.cameo().equals(e.cameo()) && o.source().code().equals(e.source().code()));
            // unless the noun knows the target the verb lacks ("staged rallies against Abbas"): then the verb goes
            boolean content = kept.values().stream().anyMatch(o -> o != c
                    && o.event().source().code().equals(e.source().code()) && objectOfCodedVerb(tree, c, o)
                    && (o.event().target().isPresent() || e.target().isEmpty()));
            if (covered || content) {
                if (trace.enabled()) {
                    trace.note("dropped " + e.source().code() + " " + e.cameo() + " at '" + e.trigger() + "': "
                            + (covered ? "the same event with a target is coded" : "it is the object of a coded verb"));
                }
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
