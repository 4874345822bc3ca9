package org.herald.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.herald.store.EntityQuery;
import org.herald.store.Paging;
import org.herald.store.Store;

/**
 * {@code GET /api/entities?q=&type=&offset=&limit=} (by name, most mentioned first) and {@code GET
 * /api/entities/{id}} (the profile).
 */
final class EntityApi {
    private final Store store;
    private final StoreJson json;

    EntityApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    /**
     * Without {@code q}, the most mentioned entities of the whole store; {@code type} ({@code person}, as ids spell
     * it) keeps one type, {@code offset} and {@code limit} page, and {@code total} counts every match.
     */
    void search(Context ctx) {
        Params p = new Params(ctx);
        Paging paging = p.paging();
        EntityQuery query = new EntityQuery(p.text("q"), p.text("type").map(t -> t.toLowerCase(Locale.ROOT)), paging);
        ctx.json(json.entities(store.searchEntities(query), paging.offset()));
    }

    void find(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(json.entity(store.findEntity(id).orElseThrow(() -> ApiError.notFound("no entity with id " + id))));
    }
}
