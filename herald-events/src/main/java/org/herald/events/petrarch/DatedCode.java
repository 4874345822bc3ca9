package org.herald.events.petrarch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor code, valid from {@code from} (inclusive) until {@code until} (exclusive) when those are present:
 * {@code [HOBGOV 19950601 - 19990815]}, {@code [HOB < 950601]}, {@code [HOBREB > 990816]}, or plain {@code [GON]}.
 */
public record DatedCode(String code, Optional<LocalDate> from, Optional<LocalDate> until) {
    public DatedCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
    }

    public static DatedCode always(String code) {
        return new DatedCode(code, Optional.empty(), Optional.empty());
    }

    public boolean restricted() {
        return from.isPresent() || until.isPresent();
    }

    public boolean appliesOn(LocalDate date) {
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(date::isBefore).orElse(true);
    }
}
