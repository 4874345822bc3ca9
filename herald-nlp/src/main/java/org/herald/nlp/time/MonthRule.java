package org.herald.nlp.time;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month without a day: "in March", "last March", "mid-March", "the end of May", "January was the wettest".
 * Names that are also words ("May", "March") need a leading word, so "May" the modal verb and "a protest
 * march" never match. The lead ("in") stays out of the span; "last", "early" and the like stay in.
 */
final class MonthRule implements TimeRule {
    private final TimeLexicon lexicon;
    private final Pattern pattern;

    MonthRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile(Alternation.START
                + "(?:(?<lead>" + Alternation.ignoringCase(lexicon.leads()) + ")\\s+)?"
                + "(?<expr>(?:(?<modifier>" + Alternation.ignoringCase(lexicon.modifiers()) + ")(?:\\s+|-))?"
                + "(?:(?<shift>" + Alternation.ignoringCase(lexicon.shifts().keySet()) + ")\\s+)?"
                + "(?<month>" + Alternation.of(lexicon.months().keySet()) + "))" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        YearMonth reference = YearMonth.from(sentence.reference());
        for (Matcher m = pattern.matcher(sentence.text()); m.find(); ) {
            TimeLexicon.MonthName name = lexicon.months().get(m.group("month"));
            if (!name.bare() && !ledAsDate(m)) {
                continue;
            }
            List<YearMonth> candidates = List.of(
                    YearMonth.of(reference.getYear() - 1, name.month()),
                    YearMonth.of(reference.getYear(), name.month()),
                    YearMonth.of(reference.getYear() + 1, name.month()));
            YearMonth month = m.group("shift") == null
                    ? Choice.month(candidates, reference, tense(sentence, m)).orElseThrow()
                    : shifted(candidates, reference, lexicon.shifts().get(m.group("shift").toLowerCase(Locale.ROOT)));
            out.add(new Found(m.start("expr"), m.end("expr"), IsoValue.month(month), "month"));
        }
    }

    /**
     * Whether the words before a name that is also a word make it a month: "in May", "last May", "mid-March";
     * not "by May" or "after May", which as often name a person ("criticised by May").
     */
    private boolean ledAsDate(Matcher m) {
        if (m.group("modifier") != null || m.group("shift") != null) {
            return true;
        }
        return m.group("lead") != null
                && !lexicon.personLeads().contains(m.group("lead").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** "in March" looks back unless the sentence looks ahead, so an unknown tense counts as past. */
    private static Tense tense(SentenceText sentence, Matcher m) {
        Tense tense = sentence.tenseAround(m.start("expr"), m.end("expr"));
        return tense == Tense.FUTURE ? Tense.FUTURE : Tense.PAST;
    }

    /** "last March": the latest March before the reference month; "next March" the first after; "this March" this year's. */
    private static YearMonth shifted(List<YearMonth> candidates, YearMonth reference, int shift) {
        if (shift == 0) {
            return candidates.get(1);
        }
        if (shift < 0) {
            return candidates.get(1).isBefore(reference) ? candidates.get(1) : candidates.get(0);
        }
        return candidates.get(1).isAfter(reference) ? candidates.get(1) : candidates.get(2);
    }
}
