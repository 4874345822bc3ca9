package org.herald.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.contract.EntityJoinContract;
import org.junit.jupiter.api.io.TempDir;

/** The entity joins on the Lucene store, a store of its own for each test. */
class EntityResolverTest extends EntityJoinContract {
    @TempDir
    Path dir;

    @Override
    protected Store emptyStore() throws IOException {
        return LuceneStore.open(dir);
    }
}
