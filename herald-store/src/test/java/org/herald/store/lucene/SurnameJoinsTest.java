package org.herald.store.lucene;

import java.io.IOException;
import java.nio.file.Path;
import org.herald.store.Store;
import org.herald.store.contract.SurnameJoinContract;
import org.junit.jupiter.api.io.TempDir;

/** Joins independent of arrival order on the Lucene store, a store of its own for each test (#12). */
class SurnameJoinsTest extends SurnameJoinContract {
    @TempDir
    Path dir;

    private int stores;

    @Override
    protected Store emptyStore() throws IOException {
        // bothArrivalOrders… opens two stores in one test: each gets a directory of its own
        return LuceneStore.open(dir.resolve("store-" + stores++));
    }
}
