package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Store;
import org.herald.store.TimelineQuery;

/**
 * {@code GET /api/events} (coded events, newest first; every mode unless {@code mode} says) and
 * {@code GET /api/timeline} (a dyad's events bucketed; asserted events unless {@code mode} says, since a timeline
 * counts what happened and "could invade" did not).
 */
final class EventApi {
    private final Store store;
    private final StoreJson json;

    EventApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    void search(Context ctx) {
        Params p = new Params(ctx);
        EventQuery query = new EventQuery(p.text("source"), p.text("target"), p.cameoPrefix(), p.text("plover"),
                p.text("entity"), p.dates(), p.traits(EventTraits.ANY), p.paging());
        ctx.json(json.events(store.searchEvents(query)));
    }

    void timeline(Context ctx) {
        Params p = new Params(ctx);
        TimelineQuery query = new TimelineQuery(p.text("source"), p.text("target"), p.cameoPrefix(),
                p.traits(EventTraits.ASSERTED), p.interval(), p.dates());
        ctx.json(json.timeline(store.timeline(query)));
    }
}
