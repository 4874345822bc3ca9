package org.herald.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.contract.RejoinContract;
import org.junit.jupiter.api.io.TempDir;

/** Joins judged by role and decided again on the Lucene store, a store of its own for each test (#12). */
class RejoinTest extends RejoinContract {
    @TempDir
    Path dir;

    @Override
    protected Store emptyStore() throws IOException {
        return LuceneStore.open(dir);
    }
}
