package org.herald.cli;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.herald.store.ForwardingStore;
import org.herald.store.Store;
import org.herald.store.StoredArticle;

/**
 * A store whose puts can be shut for good, for the commit on Ctrl-C: {@link #shut()} waits for the puts under way
 * and holds every later one until the process ends. Without it, workers still putting while the commit ran made
 * the count it printed ("the store holds 466 articles") more than the commit had made durable (464; #11).
 */
final class PutGate extends ForwardingStore {
    private final ReadWriteLock gate = new ReentrantReadWriteLock();

    PutGate(Store store) {
        super(store);
    }

    @Override
    public void put(StoredArticle article) {
        gate.readLock().lock();
        try {
            super.put(article);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Returns once no put is under way; every later put waits for ever (the process is ending). */
    void shut() {
        gate.writeLock().lock();
    }
}
