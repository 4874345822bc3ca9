package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;

/** {@code GET /api/quotes?speaker=&q=&type=&from=&to=}: who said what, newest first. */
final class QuoteApi {
    private final Store store;
    private final StoreJson json;

    QuoteApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    void search(Context ctx) {
        Params p = new Params(ctx);
        ctx.json(json.quotes(store.searchQuotes(new QuoteQuery(p.text("speaker"), p.text("q"), p.quoteTypes(),
                p.dates(), p.paging()))));
    }
}
