package org.herald.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.herald.store.Store;
import org.herald.store.StoryQuery;

/**
 * {@code GET /api/stories?sort=recent|size} (stories, newest or biggest first) and {@code GET /api/stories/{id}}
 * (a story's articles and its events, each counted once).
 */
final class StoryApi {
    private final Store store;
    private final StoreJson json;

    StoryApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    void search(Context ctx) {
        Params p = new Params(ctx);
        if (p.text("cursor").isPresent()) {
            throw ApiError.badParameter("cursor", "stories are paged by offset, not cursor");
        }
        StoryQuery query = new StoryQuery(sort(p.text("sort")), p.paging());
        ctx.json(json.stories(store.searchStories(query), query.paging()));
    }

    void find(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(json.story(store.findStory(id).orElseThrow(() -> ApiError.notFound("no story with id " + id))));
    }

    private static StoryQuery.Sort sort(Optional<String> value) {
        if (value.isEmpty()) return StoryQuery.Sort.RECENT;
        return switch (value.get().toLowerCase(Locale.ROOT)) {
            case "recent" -> StoryQuery.Sort.RECENT;
            case "size" -> StoryQuery.Sort.SIZE;
            default -> throw ApiError.badParameter("sort", "sort must be recent or size, not '" + value.get() + "'");
        };
    }
}
