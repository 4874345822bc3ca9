package org.herald.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates feeds carry into ISO-8601: RSS's RFC 822 ("Tue, 03 Jun 2008 11:05:30 GMT", also with US zone
 * names and without the weekday) and the W3C dates of Atom, Dublin Core and sitemaps ("2026-03-04T10:00:00+01:00",
 * "2026-03-04"). An unreadable date is no date: the page's own date is what counts.
 */
final class FeedDates {
    /** RFC 822 allows these zone names; RFC 1123's parser knows only GMT and numeric offsets. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("UT", "+0000"), Map.entry("UTC", "+0000"), Map.entry("Z", "+0000"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"), Map.entry("CST", "-0600"),
            Map.entry("CDT", "-0500"), Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));
    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s([A-Za-z]{1,3})$");
    private static final DateTimeFormatter RFC_822_NO_WEEKDAY =
            DateTimeFormatter.ofPattern("d MMM yyyy H:mm[:ss] xx", Locale.ROOT);

    private FeedDates() {}

    static Optional<String> iso(String raw) {
        String text = raw.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toString());
        } catch (DateTimeParseException notIso) {
            // next form
        }
        try {
            return Optional.of(LocalDate.parse(text).toString());
        } catch (DateTimeParseException notADate) {
            // next form
        }
        return rfc822(text).map(OffsetDateTime::toString);
    }

    /** The instant an {@link #iso} string names; a date alone is its first moment in UTC. */
    static Instant instant(String iso) {
        return iso.length() == 10 ? LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant()
                : OffsetDateTime.parse(iso).toInstant();
    }

    private static Optional<OffsetDateTime> rfc822(String text) {
        Matcher zone = TRAILING_ZONE.matcher(text);
        if (zone.find() && ZONES.containsKey(zone.group(1).toUpperCase(Locale.ROOT))) {
            text = text.substring(0, zone.start()) + " " + ZONES.get(zone.group(1).toUpperCase(Locale.ROOT));
        }
        text = text.replace(" GMT", " +0000");
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException withWeekday) {
            // "03 Jun 2008 11:05:30 +0000", or a weekday that does not match the date: read it without
            int comma = text.indexOf(',');
            String rest = comma >= 0 ? text.substring(comma + 1).strip() : text;
            try {
                return Optional.of(OffsetDateTime.parse(rest, RFC_822_NO_WEEKDAY));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
