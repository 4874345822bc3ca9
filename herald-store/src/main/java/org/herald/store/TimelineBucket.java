package org.herald.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Events in one bucket: how many, the sum and mean of their Goldstein scores, and counts per QuadClass
 * ({@code quad[0]} is class 1, verbal cooperation … {@code quad[3]} class 4, material conflict).
 */
public record TimelineBucket(LocalDate date, long events, double goldsteinSum, long[] quad) {
    public TimelineBucket {
        Objects.requireNonNull(date, "date");
        if (quad.length != 4) throw new IllegalArgumentException("four quad classes, not " + quad.length);
        quad = quad.clone();
    }

    public double goldsteinMean() {
        return events == 0 ? 0 : goldsteinSum / events;
    }

    @Override
    public long[] quad() {
        return quad.clone();
    }
}
