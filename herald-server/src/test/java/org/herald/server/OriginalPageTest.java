package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class OriginalPageTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    @Test
    void theOriginalIsServedCleanedUnderASandboxPolicy() {
        Http.Reply r = fixture.http.get("/original/" + fixture.samples.hostile.id());
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("text/html"));
        String csp = r.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.startsWith("default-src 'none'") && csp.contains("sandbox"), csp);
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElseThrow());
        assertTrue(r.body().contains("Mallory says hello"));
        assertFalse(r.body().toLowerCase().contains("<script"));
        assertFalse(r.body().toLowerCase().contains("javascript:"));
    }

    @Test
    void anUnknownArticleIs404() {
        assertEquals(404, fixture.http.get("/original/" + "f".repeat(64)).status());
    }
}
