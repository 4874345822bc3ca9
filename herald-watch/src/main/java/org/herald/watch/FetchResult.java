package org.herald.watch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** How one fetch ended, after redirects and retries. */
public sealed interface FetchResult {

    /** The URL asked for. */
    URI requested();

    /** A 2xx response with its body (at most the size cap). */
    record Ok(URI requested, URI url, byte[] body, Optional<String> contentType, Validators validators)
            implements FetchResult {
        public Ok {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** 304: what we have is current. */
    record NotModified(URI requested) implements FetchResult {}

    /** robots.txt forbids {@code url} (the requested URL or a hop of its redirects); nothing was asked of it. */
    record Disallowed(URI requested, URI url) implements FetchResult {}

    /**
     * No usable response.
     *
     * @param reason a stable lower-case name: {@code timeout}, {@code unreachable}, {@code too_large},
     *               {@code too_many_redirects}, {@code redirect_loop}, {@code bad_redirect}, {@code http_404}, …
     */
    record Failed(URI requested, String reason, String detail) implements FetchResult {
        /** Worth trying again in a later round: the server or the network may recover. */
        public boolean transientFailure() {
            return FetchFailures.isTransient(reason);
        }
    }
}
