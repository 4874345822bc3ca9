package org.herald.store.lucene;

import org.herald.store.Store;
import org.herald.store.contract.CursorContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cursor contract on the Lucene store (its deep paging past the window: CursorPagingTest). */
class SortCursorTest extends CursorContract {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    @Override
    protected Store store() {
        return corpus.store;
    }
}
