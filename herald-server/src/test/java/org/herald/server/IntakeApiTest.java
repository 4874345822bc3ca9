package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of {@code POST /api/articles} that come before any analysis. The intake here fails the test if it is
 * reached, which is the point: a refused request must not cost a pipeline run. {@code IntakeIT} posts through the
 * real pipeline.
 */
class IntakeApiTest {
    static final String TOKEN = "s3cret-token";
    static final ArticleIntake MUST_NOT_BE_CALLED = doc -> {
        throw new AssertionError("the intake ran for a request that should have been refused");
    };

    @TempDir
    static Path writable;
    @TempDir
    static Path readOnly;
    static ServerFixture server;
    static ServerFixture noToken;

    @BeforeAll
    static void start() throws IOException {
        server = new ServerFixture(writable, Optional.of(MUST_NOT_BE_CALLED),
                ServerSettings.readOnly(0).withToken(TOKEN).withMaxBodyBytes(1000));
        noToken = new ServerFixture(readOnly, Optional.of(MUST_NOT_BE_CALLED), ServerSettings.readOnly(0));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        noToken.close();
    }

    private static Http.Reply post(ServerFixture to, String query, Optional<String> token, String type, byte[] body) {
        HttpRequest.Builder r = to.http.request("/api/articles" + query).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        token.ifPresent(t -> r.header("Authorization", "Bearer " + t));
        return to.http.send(r);
    }

    private static Http.Reply post(ServerFixture to, Optional<String> token) {
        return post(to, "", token, "text/html", "<p>hello</p>".getBytes());
    }

    @Test
    void withoutAConfiguredTokenWritesAreDisabled() {
        Http.Reply r = post(noToken, Optional.of(TOKEN));
        assertEquals(403, r.status());
        assertEquals("writes_disabled", r.errorCode());
        assertTrue(r.json().path("error").path("message").asText().contains("without a token"));
    }

    @Test
    void withoutAnIntakeWritesAreDisabled() throws IOException {
        try (ServerFixture noIntake = new ServerFixture(readOnly.resolve("no-intake"), Optional.empty(),
                ServerSettings.readOnly(0).withToken(TOKEN))) {
            Http.Reply r = post(noIntake, Optional.of(TOKEN));
            assertEquals(403, r.status());
            assertEquals("writes_disabled", r.errorCode());
        }
    }

    @Test
    void aMissingTokenIs401() {
        Http.Reply r = post(server, Optional.empty());
        assertEquals(401, r.status());
        assertEquals("unauthorized", r.errorCode());
        assertEquals("Bearer", r.header("WWW-Authenticate").orElseThrow());
    }

    @Test
    void aWrongTokenIs401() {
        assertEquals(401, post(server, Optional.of("s3cret-tokem")).status());
        assertEquals(401, post(server, Optional.of(TOKEN + "x")).status());
        assertEquals(401, post(server, Optional.of("")).status());
    }

    @Test
    void aBodyOverTheLimitIs413() {
        Http.Reply r = post(server, "", Optional.of(TOKEN), "text/html", new byte[1001]);
        assertEquals(413, r.status());
        assertEquals("payload_too_large", r.errorCode());
    }

    @Test
    void aChunkedBodyOverTheLimitIs413() {
        HttpRequest.Builder r = server.http.request("/api/articles").header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + TOKEN)
                // no declared length: the server has to count while reading
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5000])));
        assertEquals(413, server.http.send(r).status());
    }

    @Test
    void onlyHtmlAndTextAreAccepted() {
        for (String type : List.of("application/pdf", "application/json", "image/png")) {
            Http.Reply r = post(server, "", Optional.of(TOKEN), type, "{}".getBytes());
            assertEquals(415, r.status(), type);
            assertEquals("unsupported_media_type", r.errorCode());
        }
    }

    @Test
    void theUrlMustBeHttp() {
        Http.Reply r = post(server, "?url=" + Http.encode("javascript:alert(1)"), Optional.of(TOKEN), "text/html",
                "<p>x</p>".getBytes());
        assertEquals(400, r.status());
        assertEquals("bad_request", r.errorCode());
    }

    @Test
    void otherMethodsAreRefusedAsJson() {
        Http.Reply r = server.http.send(server.http.request("/api/articles").PUT(HttpRequest.BodyPublishers.noBody()));
        assertTrue(r.status() == 404 || r.status() == 405, r.status() + " " + r.body());
        assertTrue(r.json().has("error"));
    }
}
