package org.herald.server;

import java.util.Objects;
import org.herald.pipeline.Ingestor;
import org.herald.store.Store;

/**
 * What lets other processes on this machine store documents through this server, the store's one writer: an
 * {@code ingest} or {@code watch} started while the server owns the store's write lock hands each document to
 * {@code POST /internal/documents} instead of opening a second writer. The token is made for one run of the server
 * and reaches those processes through a file only the user can read, never through the network.
 *
 * @param ingestor the server's ingestor over {@code store}, shared with {@code POST /api/articles}
 * @param token    the secret a hand-off request carries as {@code Authorization: Bearer TOKEN}
 */
public record HandOff(Ingestor ingestor, Store store, String token) {
    public HandOff {
        Objects.requireNonNull(ingestor, "ingestor");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(token, "token");
        if (token.length() < 16) throw new IllegalArgumentException("a hand-off token needs 16 characters or more");
    }
}
