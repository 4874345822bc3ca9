package org.herald.server;

import io.javalin.http.Context;
import java.util.Optional;
import org.herald.store.Store;

/**
 * {@code DELETE /api/articles/{id}} with the write token: removes a wrongly ingested article with its entity
 * mentions, quotes and events, and commits, so the story and entity counts served next no longer hold it. 204 when
 * deleted, 404 when no article has the id; refused as {@code POST /api/articles} is (403, 401).
 */
final class DeleteApi {
    private final Store store;
    private final WriteAccess access;

    DeleteApi(Store store, Optional<ArticleIntake> intake, ServerSettings settings) {
        this.store = store;
        this.access = new WriteAccess(intake, settings);
    }

    void delete(Context ctx) {
        access.check(ctx);
        String id = ctx.pathParam("id");
        if (!store.delete(id)) throw ApiError.notFound("no article with id " + id);
        store.commit();
        ctx.status(204);
    }
}
