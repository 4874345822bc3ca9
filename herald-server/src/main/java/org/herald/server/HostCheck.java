package org.herald.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses a request whose {@code Host} header names a host this server was not set up as: a page on another site
 * that rebinds its own domain name to 127.0.0.1 (DNS rebinding) sends its own name as the Host, so checking the
 * name keeps such a page from reading a loopback API. Loopback names are always accepted, and the address the
 * server listens on; a server listening on every interface (0.0.0.0 or ::) accepts any name, since it was put on
 * the network on purpose.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
    private final String listening;
    private final boolean anyName;

    HostCheck(String listeningHost) {
        this.listening = bare(listeningHost);
        this.anyName = listening.equals("0.0.0.0") || listening.equals("::") || listening.isEmpty();
    }

    void check(Context ctx) {
        if (anyName) return;
        String header = ctx.header("Host");
        if (header == null || !allows(header)) {
            throw new ApiError(421, "host_not_allowed", "this server answers to " + listening
                    + " and localhost, not to '" + (header == null ? "" : header) + "'");
        }
    }

    /** Whether a Host header value ("localhost:8080", "[::1]:8080", "127.0.0.1") names this server. */
    boolean allows(String hostHeader) {
        String name = bare(hostHeader);
        return LOOPBACK.contains(name) || name.equals(listening);
    }

    // "[::1]:8080" → "::1", "Example.org:80" → "example.org", "127.0.0.1" → itself.
    private static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close > 0 ? h.substring(1, close) : h;
        }
        int colon = h.indexOf(':');
        // one colon: name:port; more: a bare IPv6 address
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) return h.substring(0, colon);
        return h;
    }
}
