package org.herald.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A week, month or year named from the reference date: "last week" → "2024-W09", "next month" → "2024-04",
 * "earlier this month" → "2024-03", "late last year" → "2023". A modifier ("earlier", "late") narrows the
 * period without a value of its own, so it joins the span and leaves the value alone.
 */
final class PeriodRule implements TimeRule {
    private final TimeLexicon lexicon;
    private final Pattern pattern;

    PeriodRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        List<String> units = lexicon.units().entrySet().stream()
                .filter(e -> e.getValue() == CalendarUnit.WEEK || e.getValue() == CalendarUnit.MONTH
                        || e.getValue() == CalendarUnit.YEAR)
                .map(e -> e.getKey())
                .toList();
        pattern = Pattern.compile(Alternation.START
                + "(?:(?<modifier>" + Alternation.ignoringCase(lexicon.modifiers()) + ")(?:\\s+|-))?"
                + "(?<shift>" + Alternation.ignoringCase(lexicon.shifts().keySet()) + ")\\s+"
                + "(?<unit>" + Alternation.ignoringCase(units) + ")" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        LocalDate reference = sentence.reference();
        for (Matcher m = pattern.matcher(sentence.text()); m.find(); ) {
            int shift = lexicon.shifts().get(m.group("shift").toLowerCase(Locale.ROOT));
            CalendarUnit unit = lexicon.units().get(m.group("unit").toLowerCase(Locale.ROOT));
            String value;
            if (unit == CalendarUnit.WEEK) {
                value = IsoValue.week(reference.plusWeeks(shift));
            } else if (unit == CalendarUnit.MONTH) {
                value = IsoValue.month(YearMonth.from(reference).plusMonths(shift));
            } else {
                value = IsoValue.year(reference.getYear() + shift);
            }
            out.add(new Found(m.start(), m.end(), value, "period"));
        }
    }
}
