package org.herald.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Inclusive range of days; either end may be open. */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
