package org.herald.store.entities;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Person names written since the store's searcher last refreshed, which {@link EntityResolver} must see as the
 * index's own: "Donald Trump" and then "Trump" in one ingest batch are one person. They leave once a refresh shows
 * them ({@link #visibleBefore}), all at once when a write rolls back ({@link #clear}), as the stores' pending story
 * placements do. Safe from several threads.
 */
public final class PendingNames {
    private record Entry(long seq, List<NameTerm> names) {}

    private final List<Entry> entries = new ArrayList<>();
    private long next;

    public synchronized void add(List<NameTerm> names) {
        entries.add(new Entry(next++, List.copyOf(names)));
    }

    public synchronized long mark() {
        return next;
    }

    public synchronized void visibleBefore(long mark) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            if (it.next().seq() >= mark) break;
            it.remove();
        }
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** The pending names of this surname, one per article entity. */
    public synchronized List<NameTerm> withSurname(String surname) {
        List<NameTerm> out = new ArrayList<>();
        for (Entry e : entries) {
            for (NameTerm t : e.names()) if (t.surname().equals(surname)) out.add(t);
        }
        return out;
    }
}
