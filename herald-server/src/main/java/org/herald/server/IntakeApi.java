package org.herald.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.RawDocument;

/**
 * {@code POST /api/articles}: a page (HTML or text) in, its analysis out. Checks run cheapest first and before
 * the body is read: writes enabled (403), the caller's token (401), the media type (415), the size (413).
 */
final class IntakeApi {
    private final Optional<ArticleIntake> intake;
    private final WriteAccess access;
    private final long maxBodyBytes;
    private final ObjectMapper mapper;

    IntakeApi(Optional<ArticleIntake> intake, ServerSettings settings, ObjectMapper mapper) {
        this.intake = intake;
        this.access = new WriteAccess(intake, settings);
        this.maxBodyBytes = settings.maxBodyBytes();
        this.mapper = mapper;
    }

    void post(Context ctx) throws IOException {
        access.check(ctx);
        RawDocument.Format format = format(ctx.header("Content-Type"));
        Optional<String> url = new Params(ctx).httpUrl("url");
        byte[] body = body(ctx);
        IngestReply reply = intake.get().accept(new RawDocument(url.orElse("POST /api/articles"), body, url, format));
        if (reply instanceof IngestReply.Stored stored) {
            ObjectNode o = mapper.createObjectNode();
            o.put("id", stored.id());
            o.put("status", stored.alreadyStored() ? "already_stored" : "stored");
            o.set("analysis", stored.analysisJson().map(this::analysis).orElse(null));
            // 201 only when this request created the article; the same bytes again change nothing: 200.
            ctx.status(stored.alreadyStored() ? 200 : 201).header("Location", "/api/articles/" + stored.id()).json(o);
        } else {
            IngestReply.Refused refused = (IngestReply.Refused) reply;
            throw new ApiError(422, refused.reason().kind(), refused.detail());
        }
    }

    private static RawDocument.Format format(String contentType) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> RawDocument.Format.HTML;
            case "text/plain" -> RawDocument.Format.TEXT;
            default -> throw new ApiError(415, "unsupported_media_type",
                    "send the page as Content-Type text/html or text/plain, not '" + type + "'");
        };
    }

    /** The body, refused once it passes the limit: a declared length is checked before reading a byte. */
    private byte[] body(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            // chunked bodies declare no length: read one byte past the limit to know it was passed
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        return body;
    }

    private ApiError tooLarge() {
        return new ApiError(413, "payload_too_large", "the body is larger than " + maxBodyBytes + " bytes");
    }

    private ObjectNode analysis(String json) {
        try {
            return (ObjectNode) mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the intake returned an analysis that is not JSON", e);
        }
    }
}
