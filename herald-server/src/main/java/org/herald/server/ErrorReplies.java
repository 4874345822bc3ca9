package org.herald.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Optional;
import org.herald.model.Causes;
import org.herald.store.InvalidCursorException;
import org.herald.store.QueryTimeoutException;
import org.herald.store.StoreWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what handlers throw into {@code {"error": {"code", "message"}}} replies. Caller mistakes (an
 * {@link ApiError}, or an {@link IllegalArgumentException} from a store query record) are 4xx with their message;
 * anything else is a 500 whose details go to the log, not to the caller.
 */
final class ErrorReplies {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReplies.class);

    private final StoreJson json;

    ErrorReplies(StoreJson json) {
        this.json = json;
    }

    /** Seconds a client is told to wait before it retries a 503. */
    static final String RETRY_AFTER_SECONDS = "1";

    void api(ApiError e, Context ctx) {
        if (e.status() == 503) ctx.header("Retry-After", RETRY_AFTER_SECONDS);
        ctx.status(e.status()).json(json.error(e.code(), e.getMessage(), e.parameter()));
    }

    /** A query the store stopped at its time budget: the server is too loaded to answer it now. */
    void timeout(QueryTimeoutException e, Context ctx) {
        api(ApiError.unavailable("timeout", "the query ran past the server's time budget of "
                + e.budget().toMillis() + " ms; retry in a moment, or narrow it"), ctx);
    }

    void badRequest(IllegalArgumentException e, Context ctx) {
        ctx.status(400).json(json.error("bad_request", e.getMessage(), Optional.empty()));
    }

    /** A cursor the store cannot continue from: the caller's mistake, and the parameter is named. */
    void badCursor(InvalidCursorException e, Context ctx) {
        ctx.status(400).json(json.error("bad_request", e.getMessage(), Optional.of("cursor")));
    }

    /**
     * A write the store could not make (disk full, a writer it cannot reopen): the server is fine, the store cannot
     * take the article now; nothing of it was stored, and a retry once the disk has room is stored.
     */
    void unwritable(StoreWriteException e, Context ctx) {
        api(ApiError.unavailable("store_unwritable", "the store cannot write now: " + Causes.oneLine(e)), ctx);
    }

    /** Javalin's own refusals (no such route, method not allowed, body too large) in our error shape. */
    void http(HttpResponseException e, Context ctx) {
        String code = e.getStatus() == 404 ? "not_found" : "http_" + e.getStatus();
        ctx.status(e.getStatus()).json(json.error(code, e.getMessage(), Optional.empty()));
    }

    void internal(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        ctx.status(500).json(json.error("internal", "the server failed to answer; its log has the details",
                Optional.empty()));
    }
}
