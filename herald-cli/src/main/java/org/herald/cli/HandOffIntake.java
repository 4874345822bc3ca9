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
 */
final class HandOffIntake implements DocumentIntake {
    /** Far above one document's analysis; the batch's own per-document budget usually ends a wait first. */
    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(10);
    private final WriterNote note;
    private final WriterNote.Address address;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    HandOffIntake(WriterNote note) {
        this.note = note;
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
        HttpRequest request = request("/internal/documents" + query)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(doc.bytes())).build();
        JsonNode reply;
        try {
            reply = send(request);
        } catch (Interrupted e) {
            // The batch abandoned the document over its time budget and counts it failed; the server may still
            // store it, and the next run then finds it already stored.
            return IngestResult.failed(doc.source(), Optional.empty(), Reason.TIMEOUT,
                    "abandoned over its time budget while the server analysed it");
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
        return HttpRequest.newBuilder(URI.create(address.url() + path)).timeout(REPLY_TIMEOUT)
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
