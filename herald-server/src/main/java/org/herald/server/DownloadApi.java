package org.herald.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.herald.events.export.GdeltWriter;
import org.herald.nlp.entity.Places;
import org.herald.store.ArticleQuery;
import org.herald.store.EntitySummary;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.export.CsvTables;
import org.herald.store.export.EventExports;
import org.herald.store.export.Rows;
import org.herald.store.export.StorePages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads of whole results, with the filters of the matching search: {@code /api/events.tsv} (GDELT 2.0,
 * asserted events unless {@code mode} says), {@code /api/events.csv}, {@code /api/events.jsonl},
 * {@code /api/articles.csv|jsonl}, {@code /api/quotes.csv|jsonl} and {@code /api/entities.csv|jsonl}.
 *
 * <p>The body is written while the store is read a page at a time with cursors, so a download of any size holds one
 * page in memory. Each page is one search in a {@link SearchSlots} slot, with the store's time budget; the page is
 * written to the client after the slot is released, so a slow reader holds no slot. The first page is read before
 * anything is sent, so an overloaded server or a bad filter still answers 503 or 400; a later page waits longer for
 * a slot ({@link #LATER_PAGE_WAIT_MILLIS}), and if it still fails the connection is aborted, so the client sees a
 * broken download rather than a short one that looks whole. At most as many downloads as search slots run at once;
 * past that a download is refused with 503, since each holds a thread for as long as its client reads.
 */
final class DownloadApi {
    private static final Logger LOG = LoggerFactory.getLogger(DownloadApi.class);
    /** How long a download's second and later pages wait for a search slot: the store's query budget. */
    static final long LATER_PAGE_WAIT_MILLIS = 10_000;
    static final String CSV = "text/csv; charset=utf-8; header=present";
    static final String TSV = "text/tab-separated-values; charset=utf-8";
    static final String JSONL = "application/x-ndjson; charset=utf-8";

    private final Store store;
    private final StoreJson json;
    private final SearchSlots slots;
    private final Semaphore downloads;
    private volatile GdeltWriter gdelt;

    DownloadApi(Store store, StoreJson json, SearchSlots slots, int maxDownloads) {
        this.store = store;
        this.json = json;
        this.slots = slots;
        this.downloads = new Semaphore(maxDownloads);
    }

    void eventsTsv(Context ctx) throws IOException {
        stream(ctx, "events.tsv", TSV, StorePages.events(store, events(ctx, EventTraits.ASSERTED)),
                EventExports.gdelt(store, gdelt(), false));
    }

    void eventsCsv(Context ctx) throws IOException {
        stream(ctx, "events.csv", CSV, StorePages.events(store, events(ctx, EventTraits.ANY)), CsvTables.events());
    }

    void eventsJsonl(Context ctx) throws IOException {
        stream(ctx, "events.jsonl", JSONL, StorePages.events(store, events(ctx, EventTraits.ANY)),
                lines(json::event));
    }

    void articlesCsv(Context ctx) throws IOException {
        stream(ctx, "articles.csv", CSV, StorePages.articles(store, articles(ctx)), CsvTables.articles());
    }

    void articlesJsonl(Context ctx) throws IOException {
        stream(ctx, "articles.jsonl", JSONL, StorePages.articles(store, articles(ctx)), lines(json::article));
    }

    void quotesCsv(Context ctx) throws IOException {
        stream(ctx, "quotes.csv", CSV, StorePages.quotes(store, quotes(ctx)), CsvTables.quotes());
    }

    void quotesJsonl(Context ctx) throws IOException {
        stream(ctx, "quotes.jsonl", JSONL, StorePages.quotes(store, quotes(ctx)), lines(json::quote));
    }

    void entitiesCsv(Context ctx) throws IOException {
        stream(ctx, "entities.csv", CSV, entities(ctx), CsvTables.entities());
    }

    void entitiesJsonl(Context ctx) throws IOException {
        stream(ctx, "entities.jsonl", JSONL, entities(ctx), lines(json::entity));
    }

    private static EventQuery events(Context ctx, EventTraits defaults) {
        Params p = new Params(ctx);
        return new EventQuery(p.text("source"), p.text("target"), p.cameoPrefix(), p.text("plover"),
                p.text("entity"), p.dates(), p.traits(defaults), Paging.first(StorePages.PAGE_SIZE));
    }

    private static ArticleQuery articles(Context ctx) {
        Params p = new Params(ctx);
        return new ArticleQuery(p.text("q"), p.dates(), p.text("entity"), p.text("site"),
                Paging.first(StorePages.PAGE_SIZE));
    }

    private static QuoteQuery quotes(Context ctx) {
        Params p = new Params(ctx);
        return new QuoteQuery(p.text("speaker"), p.text("q"), p.quoteTypes(), p.dates(),
                Paging.first(StorePages.PAGE_SIZE));
    }

    /** Every entity, in id order; of one type with {@code type} ({@code person}, as ids spell it). */
    private Function<Paging, StorePages.Page<EntitySummary>> entities(Context ctx) {
        return StorePages.entities(store, new Params(ctx).text("type"));
    }

    private <H> void stream(Context ctx, String file, String contentType,
                            Function<Paging, StorePages.Page<H>> search, Rows<H> rows) throws IOException {
        if (!downloads.tryAcquire()) {
            throw ApiError.unavailable("overloaded", "the server is sending as many downloads as it can; retry in a"
                    + " moment");
        }
        try {
            StorePages.Page<H> first = slots.call(() -> StorePages.first(search), SearchSlots.MAX_WAIT_MILLIS);
            Function<Paging, StorePages.Page<H>> later = paging -> slots.call(() -> search.apply(paging),
                    LATER_PAGE_WAIT_MILLIS);
            ctx.status(200).contentType(contentType)
                    .header("Content-Disposition", "attachment; filename=\"herald-" + file + "\"");
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.res().getOutputStream(),
                    StandardCharsets.UTF_8), 1 << 16);
            try {
                rows.header(out);
                StorePages.forEachFrom(first, later, hit -> rows.write(hit, out));
                out.flush();
            } catch (IOException | RuntimeException e) {
                // Headers and part of the body are sent: no error reply can follow, so the download is cut off.
                // A client that went away is no failure of ours; a page that failed (a timeout) is logged.
                if (e instanceof RuntimeException) {
                    LOG.warn("{} {} cut off: {}", ctx.method(), ctx.path(), e.toString());
                }
                cutOff(ctx, e);
            }
        } finally {
            downloads.release();
        }
    }

    /**
     * Closes the connection under the response: the chunked body then has no last chunk, which every HTTP client
     * reports as a broken transfer. (Aborting the servlet channel instead leaves Javalin failing on the request.)
     */
    private static void cutOff(Context ctx, Exception why) {
        ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData().getConnection()
                .getEndPoint().close(why);
    }

    private static <H> Rows<H> lines(Function<H, ObjectNode> node) {
        ObjectMapper mapper = new ObjectMapper();
        return new Rows<>() {
            @Override
            public void header(Appendable out) {
                // each line names its fields
            }

            @Override
            public int write(H hit, Appendable out) throws IOException {
                try {
                    out.append(mapper.writeValueAsString(node.apply(hit))).append('\n');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
                return 1;
            }
        };
    }

    /** Loaded on the first GDELT download: the gazetteer takes about a second and most servers never need it. */
    private GdeltWriter gdelt() {
        GdeltWriter w = gdelt;
        if (w == null) {
            synchronized (this) {
                if (gdelt == null) gdelt = new GdeltWriter(Places.load(), Clock.systemUTC());
                w = gdelt;
            }
        }
        return w;
    }
}
