package org.herald.store.lucene;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals of what story placement read since the store opened, for benchmarks: how many articles were
 * placed, how many of them searched the index for candidate stories (a near-duplicate or a re-put does not), and
 * how many candidate articles and stories those searches examined. Safe from several threads.
 */
public final class PlacementCounts {
    private final LongAdder placed = new LongAdder();
    private final LongAdder searches = new LongAdder();
    private final LongAdder candidateArticles = new LongAdder();
    private final LongAdder candidateStories = new LongAdder();

    /** The totals at one moment; subtract two to count a stretch. */
    public record Totals(long placed, long searches, long candidateArticles, long candidateStories) {
        public Totals minus(Totals earlier) {
            return new Totals(placed - earlier.placed, searches - earlier.searches,
                    candidateArticles - earlier.candidateArticles, candidateStories - earlier.candidateStories);
        }
    }

    void placed() {
        placed.increment();
    }

    void searched(int articles, int stories) {
        searches.increment();
        candidateArticles.add(articles);
        candidateStories.add(stories);
    }

    public Totals totals() {
        return new Totals(placed.sum(), searches.sum(), candidateArticles.sum(), candidateStories.sum());
    }
}
