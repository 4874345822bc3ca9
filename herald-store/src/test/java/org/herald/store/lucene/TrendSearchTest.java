package org.herald.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.contract.TrendContract;
import org.junit.jupiter.api.io.TempDir;

/** The trends contract on the Lucene store. */
class TrendSearchTest extends TrendContract {
    @TempDir
    Path dir;

    @Override
    protected Store emptyStore() throws IOException {
        return LuceneStore.open(dir);
    }
}
