package org.herald.store.lucene;

import org.herald.store.Store;
import org.herald.store.contract.QuoteContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The quote contract on the Lucene store. */
class QuoteSearchTest extends QuoteContract {
    @RegisterExtension
    static final StoredCorpus corpus = new StoredCorpus();

    @Override
    protected Store store() {
        return corpus.store;
    }
}
