package org.herald.store.lucene;

import org.herald.store.Store;
import org.herald.store.contract.TimelineContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The timeline contract on the Lucene store. */
class TimelineTest extends TimelineContract {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    @Override
    protected Store store() {
        return corpus.store;
    }
}
