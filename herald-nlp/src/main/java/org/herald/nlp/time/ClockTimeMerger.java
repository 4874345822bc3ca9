package org.herald.nlp.time;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins a clock time to the day beside it: "at 3 p.m. on Tuesday" and "Tuesday at 3 p.m." become
 * "2024-03-05T15:00". A clock time without a day nearby is left out: its day is not known.
 */
final class ClockTimeMerger {
    private static final Pattern CLOCK = Pattern.compile(Alternation.START
            + "(?:(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5][0-9]))?\\s*(?<half>(?i:a\\.m\\.|p\\.m\\.|am|pm))"
            + "|(?<word>(?i:noon|midday|midnight)))(?![\\p{L}\\p{N}])");
    /** What may stand between a clock time and its day: "3 p.m. on Tuesday", "Tuesday at 3 p.m.", "Tuesday, 3pm". */
    private static final Pattern CLOCK_THEN_DAY = Pattern.compile("\\s+(?:on\\s+)?");
    private static final Pattern DAY_THEN_CLOCK = Pattern.compile(",?\\s+(?:at\\s+)?");

    private ClockTimeMerger() {}

    /** {@code found} with each day that has a clock time beside it widened to a date-time. */
    static List<Found> merge(String text, List<Found> found) {
        List<Found> out = new ArrayList<>(found);
        for (Matcher m = CLOCK.matcher(text); m.find(); ) {
            Optional<LocalTime> time = time(m);
            if (time.isEmpty()) continue;
            for (int i = 0; i < out.size(); i++) {
                Found day = out.get(i);
                if (!IsoValue.isDay(day.value()) || day.start() < m.end() && m.start() < day.end()) continue;
                boolean before = m.end() <= day.start()
                        && CLOCK_THEN_DAY.matcher(text.substring(m.end(), day.start())).matches();
                boolean after = day.end() <= m.start()
                        && DAY_THEN_CLOCK.matcher(text.substring(day.end(), m.start())).matches();
                if (before || after) {
                    out.set(i, new Found(Math.min(m.start(), day.start()), Math.max(m.end(), day.end()),
                            IsoValue.dateTime(day.value(), time.get()), day.rule() + "+clock"));
                    break;
                }
            }
        }
        return out;
    }

    private static Optional<LocalTime> time(Matcher m) {
        if (m.group("word") != null) {
            return Optional.of(m.group("word").equalsIgnoreCase("midnight") ? LocalTime.MIDNIGHT : LocalTime.NOON);
        }
        int hour = Integer.parseInt(m.group("hour")) % 12;
        if (Character.toLowerCase(m.group("half").charAt(0)) == 'p') hour += 12;
        int minute = m.group("minute") == null ? 0 : Integer.parseInt(m.group("minute"));
        return Optional.of(LocalTime.of(hour, minute));
    }
}
