package org.herald.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count of units from the reference date: "two days ago", "three weeks ago", "a year ago", "in two weeks",
 * "10 days from now". The value has the unit's precision: days give a day, weeks an ISO week, years a year.
 * "in two years" is a date only when the sentence looks ahead; "the highest in two years" is a duration.
 */
final class OffsetRule implements TimeRule {
    private static final String DIGITS = "[0-9]{1,3}";

    private final TimeLexicon lexicon;
    private final Pattern ago;
    private final Pattern within;
    private final Pattern fromNow;

    OffsetRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        String count = "(?<count>" + DIGITS + "|" + Alternation.ignoringCase(lexicon.numbers().keySet()) + ")"
                + "(?:\\s+|-)(?<unit>" + Alternation.ignoringCase(lexicon.units().keySet()) + ")";
        // "two days earlier" and "two days later" count from another event, not from the reference date
        ago = Pattern.compile(Alternation.START + count + "\\s+(?iu:ago)" + Alternation.END);
        within = Pattern.compile(Alternation.START + "(?iu:in|within)\\s+" + count + Alternation.END);
        fromNow = Pattern.compile(Alternation.START + count + "\\s+(?iu:from\\s+now)" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        for (Matcher m = ago.matcher(sentence.text()); m.find(); ) {
            add(sentence, m, m.group("count"), m.group("unit"), -1, "ago", out);
        }
        for (Matcher m = within.matcher(sentence.text()); m.find(); ) {
            if (sentence.tenseAround(m.start(), m.end()) == Tense.FUTURE) {
                add(sentence, m, m.group("count"), m.group("unit"), 1, "in-offset", out);
            }
        }
        for (Matcher m = fromNow.matcher(sentence.text()); m.find(); ) {
            add(sentence, m, m.group("count"), m.group("unit"), 1, "from-now", out);
        }
    }

    private void add(SentenceText sentence, Matcher m, String countText, String unitText, int sign, String rule,
            List<Found> out) {
        String key = countText.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int count = Character.isDigit(key.charAt(0)) ? Integer.parseInt(key) : lexicon.numbers().get(key);
        if (count < 0) {
            return; // "several days ago": a date we cannot name
        }
        int n = sign * count;
        LocalDate reference = sentence.reference();
        CalendarUnit unit = lexicon.units().get(unitText.toLowerCase(Locale.ROOT));
        String value;
        if (unit == CalendarUnit.DAY) {
            value = IsoValue.day(reference.plusDays(n));
        } else if (unit == CalendarUnit.WEEK) {
            value = IsoValue.week(reference.plusWeeks(n));
        } else if (unit == CalendarUnit.MONTH) {
            value = IsoValue.month(YearMonth.from(reference).plusMonths(n));
        } else if (unit == CalendarUnit.YEAR) {
            value = IsoValue.year(reference.getYear() + n);
        } else {
            value = IsoValue.year(reference.getYear() + 10 * n);
        }
        out.add(new Found(m.start(), m.end(), value, rule));
    }
}
