package org.herald.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO dates the pipeline writes, for every store (Lucene and OpenSearch file articles under the same
 * days). A date-time with an offset keeps the day as written: an article published "2024-05-03T01:00+03:00" is a
 * 3 May story for its readers, though it is still 2 May in UTC; a date-time without an offset is read as UTC.
 */
public final class Days {
    private Days() {}

    /** The day of an ISO date or date-time ("2024-05-03", "2024-05-03T10:00Z", "2024-05-03T10:00:00+03:00"). */
    public static Optional<LocalDate> day(String iso) {
        String s = iso.strip();
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s));
            return Optional.of(dateTime(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // A month ("2024-05"), a week ("2024-W10") or a year names no single day; callers fall back.
            return Optional.empty();
        }
    }

    /**
     * The day of an ISO date, or the first day of a year ("1967" → 1967-01-01) or month ("2019-11" → 2019-11-01), so
     * that an event dated only to a year sits on a timeline in that year; a week names no day.
     */
    public static Optional<LocalDate> firstDay(String iso) {
        String s = iso.strip();
        try {
            if (s.matches("\\d{4}")) return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
            if (s.matches("\\d{4}-\\d{2}")) return Optional.of(LocalDate.parse(s + "-01"));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return day(s);
    }

    /** Epoch second of an ISO date (its UTC midnight) or date-time (UTC when it has no offset). */
    public static Optional<Long> epochSecond(String iso) {
        String s = iso.strip();
        try {
            if (s.length() == 10) return Optional.of(LocalDate.parse(s).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
            return Optional.of(dateTime(s).toEpochSecond());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static OffsetDateTime dateTime(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        }
    }
}
