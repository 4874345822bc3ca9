package org.herald.watch;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What one round did. Feeds: read (a 200 or a 304), failed by reason. Pages: every new item is stored, already
 * stored (its bytes were, under another URL or by an earlier run), skipped because robots.txt forbids it, or failed
 * with a reason, or left for the next round (past {@link WatchSettings#pagesPerHost()}), so
 * {@code itemsNew = stored + alreadyStored + skippedByRobots + failed + leftForNextRound}. Thread-safe.
 */
public final class RoundCounts {
    private int feedsRead;
    private int feedsNotModified;
    private final Map<String, Integer> feedsFailed = new TreeMap<>();
    private int itemsNew;
    private int stored;
    private int alreadyStored;
    private int skippedByRobots;
    private int leftForNextRound;
    private final Map<String, Integer> failed = new TreeMap<>();

    synchronized void addFeedRead(boolean notModified) {
        feedsRead++;
        if (notModified) {
            feedsNotModified++;
        }
    }

    synchronized void addFeedFailed(String reason) {
        feedsFailed.merge(reason, 1, Integer::sum);
    }

    synchronized void addItemsNew(int n) {
        itemsNew += n;
    }

    synchronized void addStored() {
        stored++;
    }

    synchronized void addAlreadyStored() {
        alreadyStored++;
    }

    synchronized void addSkippedByRobots() {
        skippedByRobots++;
    }

    synchronized void addLeftForNextRound() {
        leftForNextRound++;
    }

    synchronized void addFailed(String reason) {
        failed.merge(reason, 1, Integer::sum);
    }

    public synchronized int feedsRead() { return feedsRead; }
    public synchronized int feedsNotModified() { return feedsNotModified; }
    public synchronized int feedsFailed() { return sum(feedsFailed); }
    public synchronized int itemsNew() { return itemsNew; }
    public synchronized int stored() { return stored; }
    public synchronized int alreadyStored() { return alreadyStored; }
    public synchronized int skippedByRobots() { return skippedByRobots; }
    public synchronized int failed() { return sum(failed); }
    public synchronized int leftForNextRound() { return leftForNextRound; }
    public synchronized Map<String, Integer> failedByReason() { return Map.copyOf(failed); }
    public synchronized Map<String, Integer> feedsFailedByReason() { return Map.copyOf(feedsFailed); }

    /** Adds another round's counts to these. */
    public synchronized void add(RoundCounts other) {
        RoundCounts o = other.copy();
        feedsRead += o.feedsRead;
        feedsNotModified += o.feedsNotModified;
        o.feedsFailed.forEach((k, v) -> feedsFailed.merge(k, v, Integer::sum));
        itemsNew += o.itemsNew;
        stored += o.stored;
        alreadyStored += o.alreadyStored;
        skippedByRobots += o.skippedByRobots;
        leftForNextRound += o.leftForNextRound;
        o.failed.forEach((k, v) -> failed.merge(k, v, Integer::sum));
    }

    private synchronized RoundCounts copy() {
        RoundCounts c = new RoundCounts();
        c.feedsRead = feedsRead;
        c.feedsNotModified = feedsNotModified;
        c.feedsFailed.putAll(feedsFailed);
        c.itemsNew = itemsNew;
        c.stored = stored;
        c.alreadyStored = alreadyStored;
        c.skippedByRobots = skippedByRobots;
        c.leftForNextRound = leftForNextRound;
        c.failed.putAll(failed);
        return c;
    }

    /**
     * "3 feeds read (1 not modified), 1 failed (timeout 1); 12 new items = 9 stored + 1 already stored
     * + 1 skipped by robots + 1 failed (http_404 1)".
     */
    public synchronized String summary() {
        return feedsRead + " feeds read (" + feedsNotModified + " not modified), " + sum(feedsFailed) + " failed"
                + reasons(feedsFailed) + "; " + itemsNew + " new items = " + stored + " stored + " + alreadyStored
                + " already stored + " + skippedByRobots + " skipped by robots + " + sum(failed) + " failed"
                + reasons(failed) + (leftForNextRound == 0 ? "" : " + " + leftForNextRound + " left for the next round");
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String reasons(Map<String, Integer> m) {
        return m.isEmpty() ? "" : m.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
