package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the server does around the API: the UI's files and their headers, CORS, unknown paths. */
class HeraldServerTest {
    static final List<String> PAGES = List.of("/", "/index.html", "/article.html", "/entity.html", "/dyad.html",
            "/quotes.html", "/story.html");
    static final List<String> SCRIPTS = List.of("/herald.js", "/search.js", "/article.js", "/entity.js", "/dyad.js",
            "/quotes.js", "/story.js");

    @TempDir
    static Path corsDir;
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    @Test
    void pagesComeWithAStrictContentSecurityPolicy() {
        for (String page : PAGES) {
            Http.Reply r = fixture.http.get(page);
            assertEquals(200, r.status(), page);
            assertTrue(r.header("Content-Type").orElseThrow().startsWith("text/html"), page);
            String csp = r.header("Content-Security-Policy").orElseThrow();
            assertTrue(csp.contains("script-src 'self'") && csp.contains("object-src 'none'")
                    && csp.contains("frame-ancestors 'none'") && csp.contains("base-uri 'none'"), csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow(), page);
        }
    }

    @Test
    void scriptsStylesAndTheChartLibraryAreServedFromTheJar() {
        for (String script : SCRIPTS) {
            Http.Reply r = fixture.http.get(script);
            assertEquals(200, r.status(), script);
            assertTrue(r.header("Content-Type").orElseThrow().contains("javascript"), script);
        }
        assertEquals(200, fixture.http.get("/herald.css").status());
        assertEquals(200, fixture.http.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").status());
        assertEquals(200, fixture.http.get("/webjars/uplot/1.6.30/dist/uPlot.min.css").status());
    }

    /** The UI works offline: every script, style and image it loads is on this server. */
    @Test
    void noPageLoadsAnythingFromElsewhere() throws IOException {
        Pattern load = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");
        for (String page : PAGES) {
            String html = resource(page.equals("/") ? "/index.html" : page);
            Matcher m = load.matcher(html);
            while (m.find()) {
                assertTrue(m.group(1).startsWith("/") && !m.group(1).startsWith("//"), page + ": " + m.group(1));
            }
            assertFalse(html.contains("<script>"), page + " has an inline script, which the CSP would block");
        }
        for (String script : SCRIPTS) {
            for (String parser : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function", "DOMParser", "createContextualFragment")) {
                assertFalse(resource(script).contains(parser), script + " uses " + parser + "; build the DOM from text");
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HeraldServer.class.getResourceAsStream(HeraldServer.UI + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/..%2f..%2f..%2f..%2fetc/passwd",
            "/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "/..%5c..%5c..%5cetc%5cpasswd",
            "/%252e%252e/%252e%252e/etc/passwd",
            "/webjars/..%2f..%2f..%2f..%2fetc/passwd",
            "/webjars/uplot/1.6.30/..%2f..%2f..%2fMETA-INF/MANIFEST.MF",
            "/..%2fHeraldServer.class",
            "/..%2f..%2forg/herald/server/HeraldServer.class",
            "/%2e%2e/openapi.json",
            "/..%2fsimplelogger.properties",
    })
    void staticFilesStayInsideTheUiFolder(String path) {
        Http.Reply r = fixture.http.get(path);
        assertTrue(r.status() >= 400, path + " answered " + r.status() + ": " + r.body());
        assertFalse(r.body().contains("root:"), path);
        assertFalse(r.body().contains("defaultLogLevel"), path);
        assertFalse(r.body().contains("Manifest-Version"), path);
    }

    @Test
    void anUnknownApiPathIs404Json() {
        Http.Reply r = fixture.http.get("/api/nothing-here");
        assertEquals(404, r.status());
        assertEquals("not_found", r.errorCode());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("application/json"));
    }

    @Test
    void corsIsOffByDefault() {
        Http.Reply r = fixture.http.get("/api/articles", "Origin", "https://elsewhere.example");
        assertEquals(200, r.status());
        assertTrue(r.header("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
        Http.Reply preflight = fixture.http.send(fixture.http.request("/api/articles")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST"));
        assertTrue(preflight.header("Access-Control-Allow-Origin").isEmpty(), preflight.headers().toString());
    }

    @Test
    void corsAllowsOnlyTheConfiguredOrigins() throws IOException {
        ServerSettings settings = ServerSettings.readOnly(0).withCorsOrigins(List.of("https://app.example"));
        try (ServerFixture cors = new ServerFixture(corsDir, Optional.empty(), settings)) {
            Http.Reply allowed = cors.http.get("/api/articles", "Origin", "https://app.example");
            assertEquals("https://app.example", allowed.header("Access-Control-Allow-Origin").orElseThrow());
            Http.Reply other = cors.http.get("/api/articles", "Origin", "https://elsewhere.example");
            assertTrue(other.header("Access-Control-Allow-Origin").isEmpty(), other.headers().toString());
        }
    }

    /** A raw HTTP/1.1 GET with the given Host header (Java's HTTP client will not send a forged one). */
    private static String rawGet(int port, String path, String host) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    // #11: no Host check, so a DNS-rebinding page could read a loopback API.
    @Test
    void aHostNameTheServerIsNotSetUpAsIsRefused() throws java.io.IOException {
        int port = fixture.server.port();
        for (String path : List.of("/api/articles", "/", "/herald.js")) {
            String refused = rawGet(port, path, "rebind.attacker.example:" + port);
            assertTrue(refused.startsWith("HTTP/1.1 421"), path + ":\n" + refused);
            assertTrue(refused.contains("host_not_allowed") || !path.startsWith("/api"), refused);
        }
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST")) {
            assertTrue(rawGet(port, "/api/articles", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void hostNamesAreComparedWithoutPortOrCase() {
        HostCheck loopback = new HostCheck("127.0.0.1");
        assertTrue(loopback.allows("localhost:8080") && loopback.allows("[::1]:80") && loopback.allows("127.0.0.1"));
        assertFalse(loopback.allows("example.org") || loopback.allows("127.0.0.1.nip.io:8080"));
        HostCheck lan = new HostCheck("192.168.1.20");
        assertTrue(lan.allows("192.168.1.20:8080") && lan.allows("localhost"));
        assertFalse(lan.allows("herald.example"));
    }

    /** A raw request, as written, and the whole reply. */
    private static String raw(int port, String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    // #11: Jetty's own 400/414/431 pages carried no security headers.
    @Test
    void jettysOwnErrorPagesCarryTheSecurityHeaders() throws java.io.IOException {
        int port = fixture.server.port();
        String host = "Host: localhost:" + port + "\r\nConnection: close\r\n";
        List<String> replies = List.of(
                raw(port, "GET /api/articles HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n"),
                raw(port, "GET /" + "a".repeat(64 * 1024) + " HTTP/1.1\r\n" + host + "\r\n"),
                raw(port, "GET /api/articles HTTP/1.1\r\n" + host + "Bad Header Line\r\n\r\n"));
        for (String reply : replies) {
            String head = reply.substring(0, Math.max(0, reply.indexOf("\r\n\r\n")));
            assertTrue(head.matches("(?s)HTTP/1.1 4\\d\\d.*"), head);
            assertTrue(head.contains("Content-Security-Policy: " + SecurityHeaders.CSP), head);
            assertTrue(head.contains("X-Content-Type-Options: nosniff"), head);
        }
    }

    @Test
    void healthSaysTheServerAnswersAndWhetherItTakesPosts() {
        Http.Reply r = fixture.http.get("/api/health");
        assertEquals(200, r.status(), r.body());
        assertEquals("ok", r.json().path("status").asText());
        assertEquals("disabled", r.json().path("posts").asText());
        assertTrue(r.json().path("articles").asLong() > 0, r.body());
        assertFalse(r.json().has("write_problem"));
    }
}
