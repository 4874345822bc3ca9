package org.herald.watch;

import java.util.Objects;
import java.util.Optional;

/** What a server said to identify a response, sent back so it can answer 304 Not Modified. */
public record Validators(Optional<String> etag, Optional<String> lastModified) {
    public Validators {
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
    }

    public static Validators none() {
        return new Validators(Optional.empty(), Optional.empty());
    }
}
