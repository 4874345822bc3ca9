package org.herald.cli;

import java.io.IOException;

/**
 * Another process holds the store's write lock and takes no documents from others: a second writer would collide
 * with it. The message is the one line the user reads: who writes the store, and what to do instead.
 */
final class StoreBusyException extends IOException {
    StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
