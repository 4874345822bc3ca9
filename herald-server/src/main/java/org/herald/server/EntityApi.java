package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.Store;

/** {@code GET /api/entities?q=} (by name, most mentioned first) and {@code GET /api/entities/{id}} (the profile). */
final class EntityApi {
    private final Store store;
    private final StoreJson json;

    EntityApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    /** Without {@code q}, the most mentioned entities of the whole store. */
    void search(Context ctx) {
        Params p = new Params(ctx);
        ctx.json(json.entities(store.searchEntities(p.text("q").orElse(""), p.limit())));
    }

    void find(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(json.entity(store.findEntity(id).orElseThrow(() -> ApiError.notFound("no entity with id " + id))));
    }
}
