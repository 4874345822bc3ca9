package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Optional;
import org.herald.store.Store;

/**
 * {@code GET /api/health}: whether the server can answer and store. 200 {@code "ok"} when the store reads and
 * writes (if it takes POSTs) work; 200 {@code "degraded"} with the reason when the last write failed (disk full: the
 * server still answers reads, and says why it cannot store); 503 {@code "unavailable"} when the store cannot be read.
 * Monitors poll it; no token needed, nothing private in it.
 */
final class HealthApi {
    private final Store store;
    private final Optional<ArticleIntake> intake;
    private final ObjectMapper mapper;

    HealthApi(Store store, Optional<ArticleIntake> intake, ObjectMapper mapper) {
        this.store = store;
        this.intake = intake;
        this.mapper = mapper;
    }

    void serve(Context ctx) {
        ObjectNode o = mapper.createObjectNode();
        ctx.header("Cache-Control", "no-store");
        long articles;
        try {
            articles = store.articleCount();
        } catch (RuntimeException e) {
            o.put("status", "unavailable").put("reason", "the store cannot be read: " + e.getMessage());
            ctx.status(503).contentType("application/json").result(o.toString());
            return;
        }
        // The store knows when it cannot write at all (read-only, the writer failed); the intake, its last commit.
        Optional<String> writeProblem = intake.isEmpty() ? Optional.empty()
                : store.writeProblem().or(() -> intake.get().writeProblem());
        o.put("status", writeProblem.isPresent() ? "degraded" : "ok").put("articles", articles)
                .put("posts", intake.isPresent() ? "enabled" : "disabled");
        writeProblem.ifPresent(p -> o.put("write_problem", p));
        ctx.contentType("application/json").result(o.toString());
    }
}
