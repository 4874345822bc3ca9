package org.herald.nlp.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;

/**
 * Finds temporal expressions in a parsed text and resolves them against a reference date, normally the
 * article's published date: "on Monday" → "2024-03-04", "last week" → "2024-W09", "in 2019" → "2019".
 *
 * <p>Rules read each sentence's text; the tokens serve only to tell past from future ("will meet on Monday").
 * When two rules find overlapping expressions, the longer one wins ("Feb 14, 2023" over "Feb 14"). A span leaves
 * out a leading preposition ("on Monday" → "Monday", "in 2019" → "2019") and keeps the words that change the
 * value ("last week", "two days ago", "in two weeks"). Immutable and thread-safe: build one and share it.
 */
public final class TimeResolver {
    static final String STAGE = "time";

    private final TimeLexicon lexicon;
    private final List<TimeRule> rules;

    public TimeResolver(TimeLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.rules = List.of(
                new ExplicitDateRule(lexicon),
                new MonthRule(lexicon),
                new WeekdayRule(lexicon),
                new DayWordRule(lexicon),
                new PeriodRule(lexicon),
                new OffsetRule(lexicon),
                new YearRule(lexicon));
    }

    /** A resolver with the English tables. */
    public static TimeResolver english() {
        return new TimeResolver(TimeLexicon.english());
    }

    /**
     * The time expressions of {@code parsed} in text order, none overlapping, each with its value as ISO 8601
     * (see {@link TimeExpression#value()}). A text without sentences is read as one sentence without tokens.
     */
    public List<TimeExpression> resolve(ParsedText parsed, LocalDate reference) {
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(reference, "reference");
        List<TimeExpression> out = new ArrayList<>();
        if (parsed.sentences().isEmpty()) {
            SentenceText whole = new SentenceText(parsed.text(), 0, reference, SentenceText.TokenView.NONE);
            add(whole, out);
            return out;
        }
        for (Sentence s : parsed.sentences()) {
            String text = s.span().of(parsed.text());
            TenseGuesser tense = new TenseGuesser(s.tokens(), lexicon.tenseCues());
            add(new SentenceText(text, s.span().start(), reference, tense), out);
        }
        return out;
    }

    private void add(SentenceText sentence, List<TimeExpression> out) {
        List<Found> found = new ArrayList<>();
        for (TimeRule rule : rules) {
            rule.find(sentence, found);
        }
        for (Found f : ClockTimeMerger.merge(sentence.text(), longestFirst(found))) {
            Span span = new Span(sentence.offset() + f.start(), sentence.offset() + f.end());
            out.add(new TimeExpression(span, sentence.text().substring(f.start(), f.end()), f.value(),
                    new Evidence(STAGE, f.rule())));
        }
    }

    /** The expressions in text order, dropping any that overlaps a longer one, or an earlier one as long. */
    private static List<Found> longestFirst(List<Found> found) {
        List<Found> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Found::length).reversed().thenComparingInt(Found::start));
        TreeMap<Integer, Found> kept = new TreeMap<>();
        for (Found f : sorted) {
            Map.Entry<Integer, Found> before = kept.floorEntry(f.start());
            Map.Entry<Integer, Found> after = kept.ceilingEntry(f.start());
            boolean free = (before == null || before.getValue().end() <= f.start())
                    && (after == null || after.getKey() >= f.end());
            if (free) {
                kept.put(f.start(), f);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
