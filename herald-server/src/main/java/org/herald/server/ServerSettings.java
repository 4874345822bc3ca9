package org.herald.server;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server listens and whom it trusts.
 *
 * @param port         TCP port; 0 picks a free one (see {@link HeraldServer#port()})
 * @param host         address to listen on: 127.0.0.1 (this machine only, the default) or another interface's
 * @param token        the bearer token that {@code POST /api/articles} requires; without one, writes are disabled
 * @param maxBodyBytes largest request body accepted; larger ones get 413 before the pipeline sees them
 * @param corsOrigins  origins ({@code https://example.org}) allowed to call the API from a browser; empty: none,
 *                     and no {@code Access-Control-Allow-Origin} header is ever sent
 * @param maxSearches  searches (article, event, quote and entity queries, timelines) answered at the same time; one
 *                     more is refused at once with 503 and {@code Retry-After}, so a flood of costly reads cannot
 *                     queue up until the heap runs out, and light requests ({@code /api/health}) still get a thread
 */
public record ServerSettings(int port, String host, Optional<String> token, long maxBodyBytes, List<String> corsOrigins,
                             int maxSearches) {
    /** 5 MB: the largest news pages we have seen are a few MB of HTML. */
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535: " + port);
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) throw new IllegalArgumentException("host is blank");
        Objects.requireNonNull(token, "token");
        if (token.isPresent() && token.get().isBlank()) throw new IllegalArgumentException("token is blank");
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
        if (maxSearches < 1) throw new IllegalArgumentException("maxSearches must be positive: " + maxSearches);
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is scheme://host[:port], not '" + origin + "'");
            }
        }
    }

    /** Settings with {@link #defaultMaxSearches()}. */
    public ServerSettings(int port, String host, Optional<String> token, long maxBodyBytes, List<String> corsOrigins) {
        this(port, host, token, maxBodyBytes, corsOrigins, defaultMaxSearches());
    }

    /**
     * Two searches per core: a search is CPU-bound, so more at once only share the cores more thinly while each
     * holds its memory; two per core keep the cores busy while one waits on the disk.
     */
    public static int defaultMaxSearches() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /** This machine only: a server that others should reach is a deliberate choice ({@link #withHost}). */
    public static final String LOOPBACK = "127.0.0.1";

    /** Read-only, no CORS, 5 MB bodies, on this port of the loopback interface. */
    public static ServerSettings readOnly(int port) {
        return new ServerSettings(port, LOOPBACK, Optional.empty(), DEFAULT_MAX_BODY_BYTES, List.of());
    }

    /** These settings with writes enabled for callers that send {@code Authorization: Bearer <token>}. */
    public ServerSettings withToken(String token) {
        return new ServerSettings(port, host, Optional.of(token), maxBodyBytes, corsOrigins, maxSearches);
    }

    public ServerSettings withMaxBodyBytes(long maxBodyBytes) {
        return new ServerSettings(port, host, token, maxBodyBytes, corsOrigins, maxSearches);
    }

    public ServerSettings withCorsOrigins(List<String> corsOrigins) {
        return new ServerSettings(port, host, token, maxBodyBytes, corsOrigins, maxSearches);
    }

    /** These settings listening on another address: {@code 0.0.0.0} for every interface. */
    public ServerSettings withHost(String host) {
        return new ServerSettings(port, host, token, maxBodyBytes, corsOrigins, maxSearches);
    }

    /** These settings on another port. */
    public ServerSettings withPort(int port) {
        return new ServerSettings(port, host, token, maxBodyBytes, corsOrigins, maxSearches);
    }

    /** These settings answering at most this many searches at once. */
    public ServerSettings withMaxSearches(int maxSearches) {
        return new ServerSettings(port, host, token, maxBodyBytes, corsOrigins, maxSearches);
    }
}
