package org.herald.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Whether a request may change the store ({@code POST} and {@code DELETE /api/articles}): writes must be enabled
 * (a token and an ingest pipeline, else 403: a read-only serve opened its store without a write lock) and the
 * request must carry the token (else 401).
 */
final class WriteAccess {
    private final boolean enabled;
    private final String disabledBecause;
    private final Optional<byte[]> token;

    WriteAccess(Optional<ArticleIntake> intake, ServerSettings settings) {
        this.token = settings.token().map(t -> t.getBytes(StandardCharsets.UTF_8));
        this.enabled = token.isPresent() && intake.isPresent();
        this.disabledBecause = token.isEmpty() ? "writes are disabled: the server was started without a token"
                : "writes are disabled: the server was started without an ingest pipeline";
    }

    /** Throws the 403 or 401 {@link ApiError} unless the request may write. */
    void check(Context ctx) {
        if (!enabled) throw new ApiError(403, "writes_disabled", disabledBecause);
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                // constant time: the comparison must not tell an attacker how much of the token was right
                && MessageDigest.isEqual(header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8),
                        token.orElseThrow());
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "unauthorized", "send the server's token as 'Authorization: Bearer <token>'");
        }
    }
}
