package org.herald.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.lucene.LuceneStore;

/** The one place the CLI picks the store implementation: the embedded Lucene store in a folder. */
final class Stores {
    private Stores() {}

    static Store open(Path dir) throws IOException {
        return LuceneStore.open(dir);
    }
}
