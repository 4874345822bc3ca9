package org.herald.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the watcher remembers of one feed or sitemap between rounds.
 *
 * @param validators what to send for a conditional GET next time
 * @param nextFetch  when the feed is due again
 * @param interval   its current refresh interval (adaptive)
 * @param failures   failed reads in a row
 */
public record FeedStatus(Validators validators, Instant nextFetch, Duration interval, int failures) {
    public FeedStatus {
        Objects.requireNonNull(validators, "validators");
        Objects.requireNonNull(nextFetch, "nextFetch");
        Objects.requireNonNull(interval, "interval");
    }

    /** A feed never read: due now. */
    static FeedStatus first(WatchSettings settings) {
        return new FeedStatus(Validators.none(), Instant.EPOCH, settings.firstRefresh(), 0);
    }

    /** Read now, with or without new items: the interval halves or doubles within the settings' bounds. */
    FeedStatus read(Validators current, boolean newItems, Instant now, WatchSettings settings) {
        Duration next = newItems ? interval.dividedBy(2) : interval.multipliedBy(2);
        next = clamp(next, settings);
        return new FeedStatus(current, now.plus(next), next, 0);
    }

    /** This status, due again at {@code when}. */
    FeedStatus dueAt(Instant when) {
        return new FeedStatus(validators, when, interval, failures);
    }

    /** Failed now: tried again after a doubled interval, validators kept. */
    FeedStatus failed(Instant now, WatchSettings settings) {
        Duration next = clamp(interval.multipliedBy(2), settings);
        return new FeedStatus(validators, now.plus(next), next, failures + 1);
    }

    private static Duration clamp(Duration d, WatchSettings settings) {
        if (d.compareTo(settings.minRefresh()) < 0) {
            return settings.minRefresh();
        }
        return d.compareTo(settings.maxRefresh()) > 0 ? settings.maxRefresh() : d;
    }
}
