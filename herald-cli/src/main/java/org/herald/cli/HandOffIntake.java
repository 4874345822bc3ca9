package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import org.herald.extract.RawDocument;
import org.herald.model.Reason;
import org.herald.pipeline.DocumentIntake;
import org.herald.pipeline.IngestResult;

/**
 * Sends documents to the running {@code herald serve} that owns the store's writer, which extracts, analyses,
 * stores and commits each before it answers ({@code POST /internal/documents}); the answer is the same
 * {@link IngestResult} an ingest over its own writer would have had. The server is on this machine, reached
 * through the address and token of the store's {@link WriterNote}.
 *
 * <p>The batch's per-document budget ({@code --doc-timeout}) goes with each document, and the server keeps it: a
 * document over it is answered {@code timeout} and nothing of it is stored. The batch waits for that answer instead
 * of abandoning the document itself ({@link #keepsTimeBudget()}), so "failed" in its counts is never a document the
 * server stores afterwards.
 */
final class HandOffIntake implements DocumentIntake {
    /**
     * How much longer than the budget a reply may take (a put and a commit after the budget ran out, a busy
     * machine); past it the server counts as gone and the batch stops.
     */
    private static final Duration REPLY_GRACE = Duration.ofMinutes(2);
    private final WriterNote note;
    private final Duration budget;
    private final Duration replyTimeout;
    private final WriterNote.Address address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param budget how long the server may spend on one document before it gives it up */
    HandOffIntake(WriterNote note, Duration budget) {
        this.note = note;
        this.budget = budget;
        this.replyTimeout = budget.plus(REPLY_GRACE);
        this.address = note.handOff().orElseThrow();
    }

    /** True when the server answers with its token: it is the store's writer and takes hand-offs. */
    boolean answers() {
        try {
            get("/internal/store");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public IngestResult ingest(RawDocument doc, Optional<String> publishedFallback) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add(param("source", doc.source()));
        query.add(param("format", doc.format().name().toLowerCase(Locale.ROOT)));
        doc.url().ifPresent(u -> query.add(param("url", u)));
        doc.crawled().ifPresent(c -> query.add(param("crawled", c.toString())));
        publishedFallback.ifPresent(p -> query.add(param("published", p)));
        query.add(param("budget_ms", Long.toString(budget.toMillis())));
        HttpRequest request = request("/internal/documents" + query)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc.bytes())).build();
        JsonNode reply;
        try {
            reply = send(request);
        } catch (Interrupted e) {
            // The batch is stopping (Ctrl-C, SIGTERM): the document is not counted, and what the server does with
            // it the next run finds (stored, or missing and ingested).
            throw new IllegalStateException("stopped while the server at " + address.url() + " stored "
                    + doc.source());
        }
        Optional<String> id = Optional.ofNullable(reply.path("id").textValue());
        return switch (reply.path("status").asText()) {
            case "stored" -> new IngestResult(doc.source(), IngestResult.Status.STORED, id, Optional.empty(), "",
                    Optional.empty(), Optional.empty(), List.of());
            case "already_stored" -> new IngestResult(doc.source(), IngestResult.Status.ALREADY_STORED, id,
                    Optional.empty(), "", Optional.empty(), Optional.empty(), List.of());
            case "failed" -> IngestResult.failed(doc.source(), id,
                    Reason.valueOf(reply.path("reason").asText("stage_failed").toUpperCase(Locale.ROOT)),
                    reply.path("detail").asText(""));
            default -> throw new IllegalStateException("the server at " + address.url() + " answered " + reply);
        };
    }

    /** The server gives a document up over the budget itself and says so; its answer is final. */
    @Override
    public boolean keepsTimeBudget() {
        return true;
    }

    @Override
    public boolean contains(String articleId) {
        return get("/internal/documents/" + articleId).path("stored").asBoolean();
    }

    /** Each document was committed by the server before it answered: this only asks how many are stored. */
    @Override
    public long commit() {
        return get("/internal/store").path("articles").asLong();
    }

    @Override
    public long articleCount() {
        return commit();
    }

    @Override
    public String describe() {
        return "the running " + note.holder() + " at " + address.url();
    }

    @Override
    public void close() {
        // the server owns the store; nothing of it is held here
    }

    private JsonNode get(String path) {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(address.url() + path)).timeout(replyTimeout)
                .header("Authorization", "Bearer " + address.token());
    }

    /**
     * The reply's JSON; anything but a 200 means the server cannot store now (its disk is full: 503, or it is
     * gone), which ends the batch as a store failure would.
     */
    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the server at " + address.url() + " that writes the store cannot be"
                    + " reached: " + Failures.oneLine(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("the server at " + address.url() + " answered " + response.statusCode()
                    + " with no JSON", e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the server at " + address.url() + " cannot store now ("
                    + response.statusCode() + "): " + body.path("error").path("message").asText(body.toString()));
        }
        return body;
    }

    /** The waiting thread was interrupted: the batch gave the document up. */
    private static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted while the server stored a document", null, false, false);
        }
    }

    private static String param(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
