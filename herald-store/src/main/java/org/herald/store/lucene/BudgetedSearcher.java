package org.herald.store.lucene;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.herald.store.QueryTimeoutException;

/**
 * A searcher for one query with its time budget. Lucene checks a searcher's timeout while it scores and collects,
 * not while hits' stored fields are read afterwards (a page of 1,000 events, every mention of a story); here each
 * stored document read checks the deadline too, so no part of a query runs on past its budget.
 */
final class BudgetedSearcher extends IndexSearcher {
    BudgetedSearcher(IndexReader reader, Duration budget) {
        super(reader);
        setTimeout(new Deadline(budget));
    }

    @Override
    public StoredFields storedFields() throws IOException {
        return checked(super.storedFields(), getTimeout());
    }

    /**
     * A segment's stored fields, checked against {@code searcher}'s deadline when it has one: for a collector
     * that reads stored fields per segment.
     */
    static StoredFields storedFields(IndexSearcher searcher, LeafReader segment) throws IOException {
        StoredFields fields = segment.storedFields();
        return searcher.getTimeout() == null ? fields : checked(fields, searcher.getTimeout());
    }

    private static StoredFields checked(StoredFields fields, QueryTimeout deadline) {
        return new StoredFields() {
            @Override
            public void document(int docId, StoredFieldVisitor visitor) throws IOException {
                deadline.shouldExit();
                fields.document(docId, visitor);
            }
        };
    }

    /**
     * Stops a query once its budget is spent. Lucene asks it every few hundred documents scored; it throws rather
     * than answering true, because Lucene would then return the hits found so far as if they were all.
     */
    private static final class Deadline implements QueryTimeout {
        private final Duration budget;
        private final long deadline;

        Deadline(Duration budget) {
            this.budget = budget;
            this.deadline = System.nanoTime() + budget.toNanos();
        }

        @Override
        public boolean shouldExit() {
            if (System.nanoTime() - deadline > 0) throw new QueryTimeoutException(budget);
            return false;
        }
    }
}
