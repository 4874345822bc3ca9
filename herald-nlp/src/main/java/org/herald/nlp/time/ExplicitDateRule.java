package org.herald.nlp.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written out: "2023-02-14", "Feb 14, 2023", "14 February 2023", "Feb. 14", "14 February", "May 2023",
 * "on the 14th", with a weekday before the day joining the expression ("Sunday, Oct. 29"). A day without a year takes the year
 * its weekday fits, else the year the sentence's tense points to: "Dec. 31" in an article of 2 January 2024
 * is 2023-12-31.
 */
final class ExplicitDateRule implements TimeRule {
    private static final String DAY = "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String YEAR = "(?<year>1[0-9]{3}|20[0-9]{2})";
    /** Not a day when a number goes on: "March 15,000", "May 5.5", "June 3:1". */
    private static final String NOT_A_NUMBER = "(?![,.:]\\d)";

    private final TimeLexicon lexicon;
    private final Pattern iso = Pattern.compile(Alternation.START
            + "(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})" + Alternation.END);
    private final Pattern monthDayYear;
    private final Pattern dayMonthYear;
    private final Pattern monthDay;
    private final Pattern dayMonth;
    private final Pattern monthYear;
    /** "on the 14th": a day of the month around the reference; "the 14th amendment" has no "on". */
    private final Pattern ordinalDay = Pattern.compile(Alternation.START
            + "(?i:on)\\s+(?<expr>(?i:the)\\s+(?<day>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th))" + Alternation.END);

    ExplicitDateRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String month = "(?<month>" + Alternation.of(lexicon.months().keySet()) + ")";
        String s = Alternation.START + "(?:(?<weekday>" + Alternation.of(lexicon.weekdays().keySet()) + "),?\\s+(?:the\\s+)?)?";
        String e = Alternation.END;
        monthDayYear = Pattern.compile(s + month + "\\s+" + DAY + "(?:,\\s*|\\s+)" + YEAR + e);
        dayMonthYear = Pattern.compile(s + DAY + "\\s+(?:of\\s+)?" + month + ",?\\s+" + YEAR + e);
        monthDay = Pattern.compile(s + month + "\\s+" + DAY + e + NOT_A_NUMBER);
        dayMonth = Pattern.compile(s + DAY + "\\s+(?:of\\s+)?" + month + e);
        monthYear = Pattern.compile(s + month + ",?\\s+(?:of\\s+)?" + YEAR + e);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        String text = sentence.text();
        for (Matcher m = iso.matcher(text); m.find(); ) {
            date(number(m, "year"), number(m, "month"), number(m, "day"))
                    .ifPresent(d -> out.add(found(m, IsoValue.day(d), "iso-date")));
        }
        for (Pattern p : List.of(monthDayYear, dayMonthYear)) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                if (sentence.nounAfter(m.end())) {
                    continue; // "on March 5 2000 protesters marched": a count, and "March 5" alone is the date
                }
                date(number(m, "year"), month(m).getValue(), number(m, "day"))
                        .ifPresent(d -> out.add(found(m, IsoValue.day(d), "day-month-year")));
            }
        }
        for (Pattern p : List.of(monthDay, dayMonth)) {
            for (Matcher m = p.matcher(text); m.find(); ) {
                Tense tense = sentence.tenseAround(m.start(), m.end());
                withoutYear(month(m), number(m, "day"), weekday(m), sentence.reference(), tense)
                        .ifPresent(d -> out.add(found(m, IsoValue.day(d), "day-month")));
            }
        }
        for (Matcher m = ordinalDay.matcher(text); m.find(); ) {
            Tense tense = sentence.tenseAround(m.start("expr"), m.end("expr"));
            YearMonth month = YearMonth.from(sentence.reference());
            List<LocalDate> candidates = new ArrayList<>();
            for (YearMonth c : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
                date(c.getYear(), c.getMonthValue(), number(m, "day")).ifPresent(candidates::add);
            }
            Choice.day(candidates, sentence.reference(), tense)
                    .ifPresent(d -> out.add(new Found(m.start("expr"), m.end("expr"), IsoValue.day(d), "ordinal-day")));
        }
        for (Matcher m = monthYear.matcher(text); m.find(); ) {
            out.add(found(m, IsoValue.month(YearMonth.of(number(m, "year"), month(m))), "month-year"));
        }
    }

    /** The day in the year before, of or after the reference that the tense points to; Feb. 29 only in leap years. */
    private static Optional<LocalDate> withoutYear(Month month, int day, Optional<DayOfWeek> weekday,
            LocalDate reference, Tense tense) {
        List<LocalDate> candidates = new ArrayList<>();
        for (int year = reference.getYear() - 4; year <= reference.getYear() + 1; year++) {
            date(year, month.getValue(), day).ifPresent(candidates::add);
        }
        // "Feb. 29" in 2025 looks back to the last leap year; other days need only the neighbouring years
        if (candidates.size() > 3) {
            candidates = candidates.subList(candidates.size() - 3, candidates.size());
        }
        // "Sunday, Oct. 29" in an article of March 2024: 2023-10-29 was a Sunday
        List<LocalDate> onWeekday = weekday.isEmpty() ? List.of()
                : candidates.stream().filter(d -> d.getDayOfWeek() == weekday.get()).toList();
        return Choice.day(onWeekday.isEmpty() ? candidates : onWeekday, reference, onWeekday.isEmpty() ? tense : Tense.UNKNOWN);
    }

    private Optional<DayOfWeek> weekday(Matcher m) {
        return Optional.ofNullable(m.group("weekday")).map(w -> lexicon.weekdays().get(w));
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty(); // "2023-02-30", "31 April": not a date, so not an expression
        }
    }

    private Month month(Matcher m) {
        return lexicon.months().get(m.group("month")).month();
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static Found found(Matcher m, String value, String rule) {
        return new Found(m.start(), m.end(), value, rule);
    }
}
