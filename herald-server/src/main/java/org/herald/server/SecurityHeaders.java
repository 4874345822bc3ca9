package org.herald.server;

import io.javalin.http.Context;

/**
 * Headers on every response. The CSP allows only our own scripts and styles: stored articles are hostile input, and
 * even if a page ever inserted data as markup, an injected inline script or handler would not run.
 */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {}

    /**
     * Name → value, on our responses and on Jetty's own error pages ({@link SecureErrorHandler}). The referrer
     * policy: links to article sources must not tell them what the reader was searching for.
     */
    static final java.util.Map<String, String> HEADERS = java.util.Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    static void add(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
