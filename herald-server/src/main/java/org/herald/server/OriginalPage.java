package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/** {@code GET /original/{id}}: the stored original input, sanitised, under the strictest CSP we send. */
final class OriginalPage {
    /** No scripts at all, our stylesheet only, and {@code sandbox}: the page gets an opaque origin. */
    static final String CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'; sandbox allow-popups allow-popups-to-escape-sandbox";

    private final Store store;
    private final OriginalCleaner cleaner = new OriginalCleaner();

    OriginalPage(Store store) {
        this.store = store;
    }

    void show(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle.Record article = store.findArticle(id)
                .orElseThrow(() -> ApiError.notFound("no article with id " + id));
        byte[] original = article.original()
                .orElseThrow(() -> ApiError.notFound("article " + id + " was stored without its original"));
        ctx.header("Content-Security-Policy", CSP).contentType("text/html; charset=utf-8").result(cleaner.page(original));
    }
}
