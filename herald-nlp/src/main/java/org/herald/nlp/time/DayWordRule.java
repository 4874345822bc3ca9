package org.herald.nlp.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Days named from the reference date: "today", "yesterday", "tomorrow", "tonight", "last night". */
final class DayWordRule implements TimeRule {
    /** "USA Today", "BBC Today": a capitalised name before a capitalised word makes it a title. */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}.])\\p{Lu}[\\p{L}.]*\\s+$");

    private final TimeLexicon lexicon;
    private final Pattern pattern;

    DayWordRule(TimeLexicon lexicon) {
        this.lexicon = lexicon;
        pattern = Pattern.compile(Alternation.START
                + "(?<word>" + Alternation.ignoringCase(lexicon.dayWords().keySet()) + ")" + Alternation.END);
    }

    @Override
    public void find(SentenceText sentence, List<Found> out) {
        String text = sentence.text();
        for (Matcher m = pattern.matcher(text); m.find(); ) {
            if (Character.isUpperCase(text.charAt(m.start())) && NAME_BEFORE.matcher(text)
                    .region(Math.max(0, m.start() - 40), m.start()).useTransparentBounds(true).find()) {
                continue;
            }
            int days = lexicon.dayWords().get(m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            out.add(new Found(m.start(), m.end(), IsoValue.day(sentence.reference().plusDays(days)), "day-word"));
        }
    }
}
