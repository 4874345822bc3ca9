package org.herald.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads an article's published date as extraction writes it: an instant, a date-time with offset, or a day. */
public final class PublishedDates {
    private PublishedDates() {}

    /** The instant, midnight UTC for a bare day; empty for anything else (a date is a hint, never an error). */
    public static Optional<Instant> parse(String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) return Optional.of(LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC));
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(Instant.parse(v));
            } catch (DateTimeParseException notAnInstant) {
                return Optional.empty();
            }
        }
    }
}
