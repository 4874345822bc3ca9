package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Events between two actors (codes by prefix; either may be open) bucketed by {@link Interval}.
 *
 * @param cameo  a CAMEO code prefix ("19" for every fight); empty for any
 * @param traits the modes, quad class and least confidence an event must have; callers that count what happened
 *               use {@link EventTraits#ASSERTED}
 */
public record TimelineQuery(Optional<String> source, Optional<String> target, Optional<String> cameo,
                            EventTraits traits, Interval interval, DateRange dates) {
    public TimelineQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(traits, "traits");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(dates, "dates");
    }

    /** Bucket width; a week starts on Monday (ISO-8601), a month on its first day. */
    public enum Interval { DAY, WEEK, MONTH }
}
