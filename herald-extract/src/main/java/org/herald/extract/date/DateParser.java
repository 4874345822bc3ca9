package org.herald.extract.date;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Reads the written forms of a date found on news pages and returns them as ISO-8601: a date ({@code 2024-03-03})
 * when only a date is given, a date-time with its offset ({@code 2024-03-03T10:15:00+01:00}) when a time and zone
 * are given, and a local date-time when a time comes without a zone. Thread-safe; build one and share it.
 */
public final class DateParser {
    /** Earliest date we believe on a news page; older ones are copyright years and typos. */
    static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1990, 1, 1);
    /** Slack for publishers whose clocks or time zones run ahead of ours. */
    static final long FUTURE_SLACK_DAYS = 1;

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // 2024-03-03, 2024-03-03T10:15, 2024-03-03 10:15:00.000+0100, 20240303T101500Z
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{2})-?(\\d{2})(?:[T ]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}(?::?\\d{2})?|UTC|GMT)?)?", FLAGS);
    // 2024/03/03 and 2024.03.03: year first means month second everywhere.
    private static final Pattern YEAR_FIRST = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    // 03.03.2024 is day-first in every language that writes dots; 03/04/2024 is month-first unless impossible.
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern ISO_IN_TEXT = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern EPOCH = Pattern.compile("\\d{9,10}|\\d{12,13}");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2}):?(\\d{2})?");

    private final MonthNames months;
    private final Map<String, ZoneOffset> zones;
    private final Pattern dayMonthYear;
    private final Pattern monthDayYear;
    private final Pattern time;

    public DateParser() {
        this.months = MonthNames.load();
        Map<String, ZoneOffset> table = new HashMap<>();
        for (List<String> row : Lexicon.rows(DateParser.class, "timezones.tsv", 2, 3)) {
            table.put(row.get(0).toLowerCase(Locale.ROOT), ZoneOffset.of(row.get(1)));
        }
        this.zones = Map.copyOf(table);
        String month = "(" + months.regex() + ")\\.?";
        String day = "(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\\.)?";
        // "3 March 2024", "3. März 2024", "3 de marzo de 2024", "1er mars 2024"
        this.dayMonthYear = Pattern.compile("(?<![\\p{L}\\d])" + day + "\\s*(?:de\\s+)?" + month
                + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)", FLAGS);
        // "March 3, 2024", "Mar. 3 2024", "March 3rd, 2024"
        this.monthDayYear = Pattern.compile("(?<![\\p{L}])" + month + "\\s*" + day + ",?\\s+(\\d{4})(?!\\d)", FLAGS);
        String zoneNames = String.join("|", zones.keySet().stream()
                .sorted((a, b) -> b.length() - a.length()).toList());
        // "10:15", "5:30 PM EST", "10.15 GMT", "10h15"; a dotted time needs a meridiem or zone to be told from a number
        this.time = Pattern.compile("(?<![\\d.:])(\\d{1,2})(?:([:h])(\\d{2})(?::(\\d{2}))?|\\.(\\d{2})(?=\\s*(?:[ap]\\.?m|"
                + zoneNames + ")\\b))\\s*([ap])?\\.?(?:m\\b\\.?)?\\s*(" + zoneNames
                + "|[+-]\\d{2}:?\\d{2})?(?![\\p{L}\\d])", FLAGS);
    }

    /**
     * The ISO-8601 form of a date string such as {@code "Mon, 03 Mar 2024 10:15:00 +0100"}, {@code "Mar. 3, 2024"},
     * {@code "03.03.2024"} or epoch seconds; empty when the string holds no full date (day, month and year).
     */
    public Optional<String> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String text = s.strip();
        if (EPOCH.matcher(text).matches()) {
            return epoch(text);
        }
        Matcher iso = ISO.matcher(text);
        if (iso.lookingAt()) {
            Optional<String> date = isoDate(iso);
            if (date.isPresent()) {
                return date;
            }
        }
        return findDate(text).flatMap(found -> withTime(found, text));
    }

    /** The first explicit full date (day, month and year) written in free text, as an ISO date. */
    public Optional<String> findInText(String text) {
        return findMention(text).map(DateMention::iso);
    }

    /** Where the first explicit full date in free text is written, and its ISO date. */
    public Optional<DateMention> findMention(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return findDate(text).map(found -> new DateMention(found.date().toString(), found.start(), found.end()));
    }

    /**
     * Like {@link #findInText(String)}, falling back to a wire dateline's month and day ("MOSCOW, March 3 (Reuters) -")
     * in the year that puts it nearest before {@code reference}.
     */
    public Optional<String> findInText(String text, LocalDate reference, DatelineParser datelines) {
        Optional<String> explicit = findInText(text);
        if (explicit.isPresent()) {
            return explicit;
        }
        return datelines.parse(text).flatMap(d -> d.dateNear(reference)).map(LocalDate::toString);
    }

    /** False for dates before 1990 or more than a day after {@code now}, and for strings that are not ISO dates. */
    public boolean plausible(String iso, Instant now) {
        Optional<Instant> instant = instant(iso);
        return instant.isPresent()
                && !instant.get().isAfter(now.plus(FUTURE_SLACK_DAYS, ChronoUnit.DAYS))
                && !instant.get().isBefore(EARLIEST_PLAUSIBLE.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static Optional<Instant> instant(String iso) {
        try {
            if (iso.length() == 10) {
                return Optional.of(LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (iso.length() == 19) {
                return Optional.of(LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(iso).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> epoch(String digits) {
        long value = Long.parseLong(digits);
        Instant instant = digits.length() > 10 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
        return Optional.of(WITH_OFFSET.format(instant.atOffset(ZoneOffset.UTC)));
    }

    private Optional<String> isoDate(Matcher m) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(date.toString());
            }
            LocalDateTime at = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return Optional.of(format(at, zone(m.group(7))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private record Found(LocalDate date, int start, int end) {}

    /** The earliest full date in the text, in any of the written forms we know. */
    private Optional<Found> findDate(String text) {
        Found best = null;
        for (Pattern p : List.of(dayMonthYear, monthDayYear, YEAR_FIRST, ISO_IN_TEXT, DOTTED, SLASHED)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> date = date(p, m);
                if (date.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(date.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<LocalDate> date(Pattern p, Matcher m) {
        try {
            if (p == dayMonthYear) {
                return Optional.of(LocalDate.of(year(m.group(3)), months.month(m.group(2)).orElseThrow(),
                        Integer.parseInt(m.group(1))));
            }
            if (p == monthDayYear) {
                return Optional.of(LocalDate.of(year(m.group(3)), months.month(m.group(1)).orElseThrow(),
                        Integer.parseInt(m.group(2))));
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            int c = Integer.parseInt(m.group(3));
            if (p == YEAR_FIRST || p == ISO_IN_TEXT) {
                return Optional.of(LocalDate.of(year(m.group(1)), b, c));
            }
            if (p == DOTTED || a > 12) {
                return Optional.of(LocalDate.of(year(m.group(3)), b, a));
            }
            return Optional.of(LocalDate.of(year(m.group(3)), a, b));
        } catch (DateTimeException | java.util.NoSuchElementException e) {
            return Optional.empty();
        }
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 1800 || year > 2200) {
            throw new DateTimeException("not a news year: " + year);
        }
        return year;
    }

    /** The date, with the first time of day written outside the date itself ("Updated 5:30 PM EST, Mon March 3"). */
    private Optional<String> withTime(Found found, String text) {
        String rest = text.substring(0, found.start()) + " " + text.substring(found.end());
        Matcher m = time.matcher(rest);
        if (!m.find()) {
            return Optional.of(found.date().toString());
        }
        try {
            int hour = Integer.parseInt(m.group(1));
            String minutes = m.group(3) != null ? m.group(3) : m.group(5);
            int minute = Integer.parseInt(minutes);
            int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            String meridiem = m.group(6);
            if (meridiem != null) {
                if (hour < 1 || hour > 12) {
                    return Optional.of(found.date().toString());
                }
                hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
            }
            LocalDateTime at = found.date().atTime(hour, minute, second);
            return Optional.of(format(at, zone(m.group(7))));
        } catch (DateTimeException e) {
            return Optional.of(found.date().toString());
        }
    }

    private Optional<ZoneOffset> zone(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(name);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
        }
        return Optional.ofNullable(zones.get(name.toLowerCase(Locale.ROOT)));
    }

    private static String format(LocalDateTime at, Optional<ZoneOffset> zone) {
        return zone.map(z -> WITH_OFFSET.format(at.atOffset(z))).orElseGet(() -> LOCAL.format(at));
    }
}
