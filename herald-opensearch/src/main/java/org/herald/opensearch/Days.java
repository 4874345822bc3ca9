package org.herald.opensearch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** The days the OpenSearch store files articles and events under, read from the ISO dates an analysis carries. */
final class Days {
    private Days() {}

    /** The day of "2024-03-04" or "2024-03-04T10:00:00Z"; empty for a month, a year or no date at all. */
    static Optional<LocalDate> day(String iso) {
        String s = iso.strip();
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s));
            return Optional.of(OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Like {@link #day}, and "1967" or "1967-05" fall on their first day (the Lucene store's timeline does too). */
    static Optional<LocalDate> firstDay(String iso) {
        String s = iso.strip();
        try {
            if (s.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
            if (s.matches("\\d{4}-\\d{2}")) return Optional.of(LocalDate.parse(s + "-01"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return day(s);
    }
}
