package org.herald.store;

import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;

/**
 * Rejects an analysis that contradicts itself before any of it is written: a span past the end of the body, or a
 * speaker or actor pointing at an entity the analysis does not have. Such an analysis is a bug upstream, and
 * indexing half of it would leave quotes without text or events without their entity. Every store checks.
 */
public final class AnalysisCheck {
    private AnalysisCheck() {}

    /** Throws {@link IllegalArgumentException} naming the first inconsistency. */
    public static void check(Analysis analysis) {
        int length = analysis.article().body().length();
        Set<String> ids = analysis.entities().stream().map(Entity::id).collect(Collectors.toSet());
        for (Entity e : analysis.entities()) {
            for (Mention m : e.mentions()) inBody(m.span(), length, "mention of entity " + e.id());
        }
        for (TimeExpression t : analysis.dates()) inBody(t.span(), length, "time expression '" + t.text() + "'");
        for (int i = 0; i < analysis.quotes().size(); i++) {
            Quote q = analysis.quotes().get(i);
            String what = "quote " + i;
            inBody(q.content(), length, what + " content");
            inBody(q.span(), length, what);
            q.cue().ifPresent(c -> inBody(c.span(), length, what + " cue"));
            q.speaker().ifPresent(s -> {
                inBody(s.span(), length, what + " speaker");
                s.entityId().ifPresent(id -> known(id, ids, what + " speaker"));
            });
        }
        for (int i = 0; i < analysis.events().size(); i++) {
            Event e = analysis.events().get(i);
            String what = "event " + i;
            inBody(e.sentence(), length, what + " sentence");
            inBody(e.span(), length, what);
            actor(e.source(), ids, what + " source");
            e.target().ifPresent(t -> actor(t, ids, what + " target"));
        }
    }

    private static void actor(Actor actor, Set<String> ids, String what) {
        actor.entityId().ifPresent(id -> known(id, ids, what));
    }

    private static void known(String id, Set<String> ids, String what) {
        if (!ids.contains(id)) throw new IllegalArgumentException(what + " refers to unknown entity " + id);
    }

    private static void inBody(Span span, int length, String what) {
        if (span.end() > length) {
            throw new IllegalArgumentException(what + " span [" + span.start() + ", " + span.end()
                    + ") is outside the body of " + length + " characters");
        }
    }
}
