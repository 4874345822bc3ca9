package org.herald.extract.date;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the wire dateline at the start of a paragraph: {@code "MOSCOW, March 3 (Reuters) -"},
 * {@code "KYIV, Ukraine (AP) —"}, {@code "WASHINGTON — "}. The place must be written in capitals, as wire services
 * do, so an ordinary sentence opening with a name and a dash is not taken for one. Thread-safe.
 */
public final class DatelineParser {
    /** A place has at most this many words ("SAN JUAN CAPISTRANO"); longer capitals are a shouted headline. */
    static final int MAX_PLACE_WORDS = 4;

    private final MonthNames months;
    private final Pattern dateline;

    public DatelineParser() {
        this.months = MonthNames.load();
        this.dateline = Pattern.compile("^\\s*(?<place>\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]*\\p{Lu}\\.?)"
                + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.'’\\- ]{1,30}?))??"
                + "(?:,?\\s*(?<month>(?iu:" + months.regex() + "))\\.?\\s+(?<day>\\d{1,2}))?"
                + "\\s*(?:\\((?<agency>[^()]{2,40})\\))?"
                + "\\s*(?:[-—–]{1,2}|:)\\s+(?=\\S)", Pattern.UNICODE_CASE);
    }

    /** The dateline opening {@code paragraph}, if it has one. */
    public Optional<Dateline> parse(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        Matcher m = dateline.matcher(paragraph);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place").strip();
        if (place.split("\\s+").length > MAX_PLACE_WORDS || place.replaceAll("[^\\p{L}]", "").length() < 2) {
            return Optional.empty();
        }
        boolean hasRegionOrMarker = m.group("agency") != null || m.group("day") != null || m.group("region") != null;
        // "WASHINGTON — " stands alone; a bare "A:" is a list label, not a dateline.
        if (!hasRegionOrMarker && !Pattern.compile("[-—–]").matcher(m.group()).find()) {
            return Optional.empty();
        }
        if (m.group("region") != null) {
            place = place + ", " + m.group("region").strip();
        }
        return Optional.of(new Dateline(place, monthDay(m), Optional.ofNullable(m.group("agency")).map(String::strip),
                m.end()));
    }

    private Optional<MonthDay> monthDay(Matcher m) {
        if (m.group("month") == null) {
            return Optional.empty();
        }
        try {
            int month = months.month(m.group("month")).orElseThrow();
            return Optional.of(MonthDay.of(month, Integer.parseInt(m.group("day"))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
