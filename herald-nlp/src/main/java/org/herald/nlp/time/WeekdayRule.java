package org.herald.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: "on Monday", "last Friday", "next Monday". A bare weekday in news is the past or current week
 * ("the minister said on Monday") unless the sentence looks ahead ("will meet on Monday"); the reference day
 * itself counts either way. "next Monday" is the first Monday after the reference date, "last Monday" the last
 * one before it.
 */
final class WeekdayRule implements TimeRule {
    /** "the Sunday Times", "the Sunday Telegraph": a newspaper, not a day. */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+\\p{Lu}");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?<!\\p{L})the\\s+$");

    private final TimeLexicon lexicon;
    private final Pattern pattern;

    WeekdayRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile(Alternation.START
                + "(?:(?<shift>" + Alternation.ignoringCase(lexicon.shifts().keySet()) + ")\\s+)?"
                + "(?<day>" + Alternation.of(lexicon.weekdays().keySet()) + ")" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        String text = sentence.text();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            if (m.group("shift") == null && isNewspaper(text, m)) {
                continue;
            }
            DayOfWeek day = lexicon.weekdays().get(m.group("day"));
            LocalDate date = m.group("shift") == null
                    ? byTense(day, sentence.reference(), sentence.tenseAround(m.start(), m.end()))
                    : shifted(day, sentence.reference(), lexicon.shifts().get(m.group("shift").toLowerCase(Locale.ROOT)));
            out.add(new Found(m.start(), m.end(), IsoValue.day(date), "weekday"));
        }
    }

    private static LocalDate byTense(DayOfWeek day, LocalDate reference, Tense tense) {
        return tense == Tense.FUTURE
                ? reference.with(TemporalAdjusters.nextOrSame(day))
                : reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /** "this Monday" is the Monday of the reference's week (ISO weeks start on Monday). */
    private static LocalDate shifted(DayOfWeek day, LocalDate reference, int shift) {
        if (shift < 0) {
            return reference.with(TemporalAdjusters.previous(day));
        }
        if (shift > 0) {
            return reference.with(TemporalAdjusters.next(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
    }

    private static boolean isNewspaper(String text, Matcher m) {
        // a window before the match keeps the check short in a long sentence
        return THE_BEFORE.matcher(text).region(Math.max(0, m.start() - 12), m.start()).useTransparentBounds(true).find()
                && TITLE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt();
    }
}
