package org.herald.store.lucene;

import org.herald.store.Store;
import org.herald.store.contract.EntityContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The entity contract on the Lucene store. */
class EntitySearchTest extends EntityContract {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    @Override
    protected Store store() {
        return corpus.store;
    }
}
