package org.herald.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A write the store could not make (a full disk, a writer it cannot reopen). Nothing of it is stored: the store
 * is back at its last commit. Whether the next write may succeed is for {@link Store#writeProblem()} to say.
 */
public final class StoreWriteException extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    public StoreWriteException(String message, IOException cause) {
        super(message, cause);
    }
}
