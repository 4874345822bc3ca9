package org.herald.store.lucene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.stories.StoryPlacement;

/**
 * Articles placed in stories since the store's searcher last refreshed: written, but not yet seen by the searcher
 * {@link StoryPlacer} looks stories up with. A store refreshes at commit, and an ingest commits every few hundred
 * articles, so two copies of one wire story in one batch would otherwise both open a story. Once a refresh makes
 * them visible they leave ({@link #visibleBefore}); a rolled-back write takes them all ({@link #clear}). Safe from
 * several threads.
 */
final class PendingPlacements {
    private record Entry(long seq, StoryPlacement placement) {}

    private final List<Entry> entries = new ArrayList<>();
    /** How many pending articles hold each word, added to the index's own document frequencies. */
    private final Map<String, Integer> frequencies = new HashMap<>();
    private long next;

    synchronized void add(StoryPlacement p) {
        entries.add(new Entry(next++, p));
        for (String t : p.terms().words().keySet()) frequencies.merge(t, 1, Integer::sum);
    }

    /** What a refresh starting now will make visible: every article added before this mark. */
    synchronized long mark() {
        return next;
    }

    /** Drops the articles added before {@code mark}: a refresh that began after the mark shows them. */
    synchronized void visibleBefore(long mark) {
        for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.seq() >= mark) break;
            forget(e.placement());
            it.remove();
        }
    }

    /** Forgets them all: the writer rolled back, and none of them is stored. */
    synchronized void clear() {
        entries.clear();
        frequencies.clear();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized int documentFrequency(String word) {
        return frequencies.getOrDefault(word, 0);
    }

    synchronized Optional<StoryPlacement> find(String articleId) {
        for (Entry e : entries) if (e.placement().articleId().equals(articleId)) return Optional.of(e.placement());
        return Optional.empty();
    }

    /** The pending placements, oldest first. */
    synchronized List<StoryPlacement> all() {
        List<StoryPlacement> all = new ArrayList<>(entries.size());
        for (Entry e : entries) all.add(e.placement());
        return all;
    }

    private void forget(StoryPlacement p) {
        for (String t : p.terms().words().keySet()) frequencies.computeIfPresent(t, (k, n) -> n == 1 ? null : n - 1);
    }
}
