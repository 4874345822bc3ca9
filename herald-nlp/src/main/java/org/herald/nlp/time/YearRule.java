package org.herald.nlp.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Years and decades: "in 2019", "since 2014", "early 2020", "mid-2019", "the 1990s" → "199X". A four-digit
 * number is a year after a leading word or a modifier and not before a common noun, so "2019 people" and
 * "a crowd of 2000 people" are counts; or between a determiner and a common noun ("the 2019 election"). The
 * lead and the determiner stay out of the span.
 */
final class YearRule implements TimeRule {
    private static final String YEAR = "(?<year>19[0-9]{2}|20[0-9]{2})";
    /** "in 2019 per cent", "by 2000%": amounts, not years. */
    private static final String NOT_AN_AMOUNT = "(?!\\s*(?:%|per\\s*cent|percent)|[,.]\\d)";

    private final Pattern year;
    private final Pattern attributive;
    private final Pattern decade;

    YearRule(TimeLexicon lexicon) {
        String lead = "(?<lead>" + Alternation.ignoringCase(lexicon.leads()) + ")";
        String modifier = "(?<modifier>" + Alternation.ignoringCase(lexicon.modifiers()) + ")(?:\\s+|-)";
        year = Pattern.compile(Alternation.START
                + "(?:" + lead + "\\s+(?<expr>(?:" + modifier + ")?" + YEAR + ")"
                + "|(?<expr2>" + modifier.replace("<modifier>", "<modifier2>") + YEAR.replace("<year>", "<year2>") + "))"
                + Alternation.END + NOT_AN_AMOUNT);
        attributive = Pattern.compile(Alternation.START + Alternation.ignoringCase(lexicon.determiners()) + "\\s+"
                + YEAR + Alternation.END + NOT_AN_AMOUNT);
        decade = Pattern.compile(Alternation.START + "(?:" + modifier + ")?(?<decade>1[0-9]{2}0|20[0-9]0)s" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        for (Matcher m = year.matcher(sentence.text()); m.find(); ) {
            String group = m.group("expr") != null ? "expr" : "expr2";
            if (sentence.nounAfter(m.end(group))) {
                continue;
            }
            String value = m.group("expr") != null ? m.group("year") : m.group("year2");
            out.add(new Found(m.start(group), m.end(group), value, "year"));
        }
        // "the 2019 election", "a 2021 report": a year used as a modifier; "the 2000 people" has a comma in news copy
        for (Matcher m = attributive.matcher(sentence.text()); m.find(); ) {
            if (sentence.nounAfter(m.end())) {
                out.add(new Found(m.start("year"), m.end("year"), m.group("year"), "year-modifier"));
            }
        }
        for (Matcher m = decade.matcher(sentence.text()); m.find(); ) {
            out.add(new Found(m.start(), m.end(), IsoValue.decade(Integer.parseInt(m.group("decade"))), "decade"));
        }
    }
}
