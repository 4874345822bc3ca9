package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/** Events between two actors (codes by prefix; either may be open) bucketed by {@link Interval}. */
public record TimelineQuery(Optional<String> source, Optional<String> target, Interval interval, DateRange dates) {
    public TimelineQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(dates, "dates");
    }

    /** Bucket width; a week starts on Monday (ISO-8601), a month on its first day. */
    public enum Interval { DAY, WEEK, MONTH }
}
