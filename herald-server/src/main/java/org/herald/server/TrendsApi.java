package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.Store;
import org.herald.store.TrendsQuery;

/**
 * {@code GET /api/trends?at=&limit=}: what is happening now (as of {@code at}, default the newest publication day
 * in the store): the stories with most sources on that day and in its week, and the entities and dyads rising
 * against their own four weeks before.
 */
final class TrendsApi {
    static final int DEFAULT_LIMIT = 10;

    private final Store store;
    private final StoreJson json;

    TrendsApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    void serve(Context ctx) {
        Params p = new Params(ctx);
        int limit = ctx.queryParam("limit") == null ? DEFAULT_LIMIT : p.limit();
        ctx.json(json.trends(store.trends(new TrendsQuery(p.date("at"), limit))));
    }
}
