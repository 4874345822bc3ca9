package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.herald.events.cameo.CameoCodebook;
import org.herald.store.InvalidCursorException;
import org.herald.store.QueryTimeoutException;
import org.herald.store.Store;
import org.herald.store.StoreWriteException;

/**
 * The HTTP API and web UI over a {@link Store}, built from its dependencies and nothing else:
 *
 * <pre>{@code
 * try (Store store = LuceneStore.open(dir);
 *      HeraldServer server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(8080)).start()) {
 *     server.join();
 * }
 * }</pre>
 *
 * <p>The server never closes the store: whoever opened it does. With an {@link ArticleIntake} and a token in the
 * settings, {@code POST /api/articles} ingests pages; otherwise the server is read-only.
 */
public final class HeraldServer implements AutoCloseable {
    /** Where the UI's pages, scripts and styles live in the jar. */
    static final String UI = "/org/herald/server/ui";

    private final List<Route> routes;
    private final Javalin app;

    public HeraldServer(Store store, Optional<ArticleIntake> intake, ServerSettings settings) {
        this(store, intake, Optional.empty(), settings);
    }

    /**
     * A server that also takes documents from other processes on this machine ({@link HandOff}): the one writer of
     * a store that an {@code ingest} or a {@code watch} may feed while it serves.
     */
    public HeraldServer(Store store, Optional<ArticleIntake> intake, Optional<HandOff> handOff,
                        ServerSettings settings) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(handOff, "handOff");
        Objects.requireNonNull(settings, "settings");
        ObjectMapper mapper = new ObjectMapper();
        CameoCodebook codebook = CameoCodebook.load();
        StoreJson json = new StoreJson(mapper, codebook);
        this.routes = routes(store, intake, handOff, settings, json, mapper, codebook);
        ErrorReplies errors = new ErrorReplies(json);
        this.app = Javalin.create(config -> configure(config, settings, mapper, errors));
    }

    /** The route table: every path the server answers besides the UI's static files. */
    private static List<Route> routes(Store store, Optional<ArticleIntake> intake, Optional<HandOff> handOff,
                                      ServerSettings settings, StoreJson json, ObjectMapper mapper,
                                      CameoCodebook codebook) {
        ArticleApi articles = new ArticleApi(store, json);
        EntityApi entities = new EntityApi(store, json);
        QuoteApi quotes = new QuoteApi(store, json);
        EventApi events = new EventApi(store, json);
        StoryApi stories = new StoryApi(store, json);
        TrendsApi trends = new TrendsApi(store, json);
        CameoApi cameo = new CameoApi(codebook, mapper);
        IntakeApi posts = new IntakeApi(intake, settings, mapper);
        OriginalPage originals = new OriginalPage(store);
        OpenApiDocument openApi = new OpenApiDocument();
        HealthApi health = new HealthApi(store, intake, mapper);
        // Searches scan many documents; look-ups by id, health and the codebook cost next to nothing and stay open.
        SearchSlots slots = new SearchSlots(settings.maxSearches());
        // A download takes a slot per page, not for its whole length (see DownloadApi).
        DownloadApi downloads = new DownloadApi(store, json, slots, settings.maxSearches());
        DeleteApi deletes = new DeleteApi(store, intake, settings);
        List<Route> table = new java.util.ArrayList<>(List.of(
                Route.get("/api/health", health::serve),
                Route.get("/api/articles", slots.guard(articles::search)),
                Route.post("/api/articles", posts::post),
                Route.get("/api/articles.csv", downloads::articlesCsv),
                Route.get("/api/articles.jsonl", downloads::articlesJsonl),
                Route.get("/api/articles/{id}", articles::find),
                Route.delete("/api/articles/{id}", deletes::delete),
                Route.get("/api/articles/{id}/story", articles::story),
                Route.get("/api/entities", slots.guard(entities::search)),
                Route.get("/api/entities/{id}", slots.guard(entities::find)),
                Route.get("/api/entities.csv", downloads::entitiesCsv),
                Route.get("/api/entities.jsonl", downloads::entitiesJsonl),
                Route.get("/api/quotes", slots.guard(quotes::search)),
                Route.get("/api/quotes.csv", downloads::quotesCsv),
                Route.get("/api/quotes.jsonl", downloads::quotesJsonl),
                Route.get("/api/events", slots.guard(events::search)),
                Route.get("/api/events.tsv", downloads::eventsTsv),
                Route.get("/api/events.csv", downloads::eventsCsv),
                Route.get("/api/events.jsonl", downloads::eventsJsonl),
                Route.get("/api/stories", slots.guard(stories::search)),
                Route.get("/api/stories/{id}", slots.guard(stories::find)),
                Route.get("/api/timeline", slots.guard(events::timeline)),
                Route.get("/api/trends", slots.guard(trends::serve)),
                Route.get("/api/cameo", cameo::serve),
                Route.get("/openapi.json", openApi::serve),
                Route.get("/original/{id}", slots.guard(originals::show))));
        // Not part of the public API (nor of /openapi.json): they exist only on a server that owns a store's writer
        // for other processes of its user.
        handOff.map(h -> new HandOffApi(h, mapper)).ifPresent(handOffs -> table.addAll(List.of(
                Route.post("/internal/documents", handOffs::post),
                Route.get("/internal/documents/{id}", handOffs::contains),
                Route.get("/internal/store", handOffs::count))));
        return List.copyOf(table);
    }

    private void configure(JavalinConfig config, ServerSettings settings, ObjectMapper mapper, ErrorReplies errors) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.port = settings.port();
        config.jetty.host = settings.host();
        config.jetty.threadPool = threads();
        config.jetty.modifyServer(server -> {
            server.setErrorHandler(new SecureErrorHandler());
            // Stopping (SIGTERM) waits this long for requests in flight, then closes them: queries stop at their
            // own budget anyway, so a server under load still stops within seconds.
            server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        });
        config.jsonMapper(new JavalinJackson(mapper, false));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = UI;
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.enableWebjars();
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.path = "/api/*";
                settings.corsOrigins().forEach(origin -> rule.allowHost(origin));
            }));
        }
        config.routes.before(SecurityHeaders::add);
        HostCheck hosts = new HostCheck(settings.host());
        config.routes.before(hosts::check);
        routes.forEach(r -> config.routes.addHttpHandler(r.method(), r.path(), r.handler()));
        config.routes.exception(ApiError.class, errors::api);
        config.routes.exception(InvalidCursorException.class, errors::badCursor);
        config.routes.exception(QueryTimeoutException.class, errors::timeout);
        config.routes.exception(StoreWriteException.class, errors::unwritable);
        config.routes.exception(IllegalArgumentException.class, errors::badRequest);
        config.routes.exception(HttpResponseException.class, errors::http);
        config.routes.exception(Exception.class, errors::internal);
    }

    /** How long {@link #stop()} waits for requests in flight. */
    static final long STOP_TIMEOUT_MILLIS = 5_000;
    static final int MAX_THREADS = 200;

    /**
     * Jetty's pool with daemon threads, so no request thread can keep the JVM alive once the server is told to
     * stop. Its job queue stays unbounded, as Jetty 12 requires (it queues its own essential jobs there and warns
     * that a bounded queue can drop them): what bounds the work is {@link SearchSlots}, which refuses searches past
     * its slots before they cost anything.
     */
    private static QueuedThreadPool threads() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
        pool.setName("herald-http");
        pool.setDaemon(true);
        pool.setStopTimeout(STOP_TIMEOUT_MILLIS);
        return pool;
    }

    /** Starts listening; returns this server, so {@code new HeraldServer(…).start()} reads as one step. */
    public HeraldServer start() {
        app.start();
        return this;
    }

    /** The port the server listens on: the configured one, or the one picked for port 0. */
    public int port() {
        return app.port();
    }

    /** Blocks until the server stops (from another thread, or the JVM's shutdown). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops listening and finishes the requests in flight; the store stays open. */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    List<Route> routes() {
        return routes;
    }
}
