package org.herald.watch;

import java.util.Set;

/** Which failure reasons may pass by themselves (retried in a later round) and which are the page's own. */
final class FetchFailures {
    private static final Set<String> TRANSIENT = Set.of("timeout", "unreachable", "http_408", "http_429",
            "robots_unavailable");

    private FetchFailures() {}

    static boolean isTransient(String reason) {
        return TRANSIENT.contains(reason) || reason.startsWith("http_5");
    }
}
