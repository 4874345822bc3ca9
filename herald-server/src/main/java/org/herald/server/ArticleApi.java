package org.herald.server;

import io.javalin.http.Context;
import org.herald.store.ArticleQuery;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/**
 * {@code GET /api/articles} (search with facets), {@code GET /api/articles/{id}} (the stored analysis) and
 * {@code GET /api/articles/{id}/story} (its story).
 */
final class ArticleApi {
    private final Store store;
    private final StoreJson json;

    ArticleApi(Store store, StoreJson json) {
        this.store = store;
        this.json = json;
    }

    void search(Context ctx) {
        Params p = new Params(ctx);
        ArticleQuery query = new ArticleQuery(p.text("q"), p.dates(), p.text("entity"), p.text("site"), p.paging());
        ctx.json(json.articles(store.searchArticles(query)));
    }

    /** The analysis JSON exactly as stored, so the API and {@code ./herald analyze} never disagree. */
    void find(Context ctx) {
        String id = ctx.pathParam("id");
        StoredArticle.Record article = store.findArticle(id)
                .orElseThrow(() -> ApiError.notFound("no article with id " + id));
        ctx.contentType("application/json").result(article.analysisJson());
    }

    /** The story the article was put in when stored; the analysis JSON stays as stored, so it is asked apart. */
    void story(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(json.articleStory(store.findArticleStory(id)
                .orElseThrow(() -> ApiError.notFound("no article with a story with id " + id))));
    }
}
