package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.Token;

/**
 * The date of an event: a time expression attached to its clause ("attacked Ukraine [on 24 February 2022]"), else one
 * elsewhere in its sentence ("Israel seized the territories in 1967" → "1967"), else the article's publication date;
 * none when the article has no date and the sentence gives none. Values are the time expression's ISO forms as
 * resolved, so precision is kept: "1967" (a year), "2019-11" (a month), "2024-03-04" (a day).
 */
final class EventDates {
    private EventDates() {}

    static Optional<String> date(Tree tree, List<Integer> chain, List<TimeExpression> dates,
                                 Optional<LocalDate> published) {
        for (int head : chain) {
            Optional<String> year = yearOfNoun(tree, head);
            if (year.isPresent()) return year;
        }
        Optional<TimeExpression> inSentence = Optional.empty();
        for (TimeExpression t : dates) {
            if (!tree.sentence().span().contains(t.span())) continue;
            List<Token> tokens = tree.sentence().tokens().stream().filter(k -> k.span().overlaps(t.span())).toList();
            if (tokens.isEmpty() || isDeadline(tree, tokens)) continue;
            Optional<Token> first = Optional.of(tokens.get(0));
            for (int head : chain) {
                if (inOwnClause(tree, head, first.get().index())) return Optional.of(t.value());
            }
            if (inSentence.isEmpty() && !describesANoun(tree, first.get().index())) inSentence = Optional.of(t);
        }
        return inSentence.map(TimeExpression::value).or(() -> published.map(LocalDate::toString));
    }

    // Whether the time expression hangs from the event's clause without crossing into another clause below it: in
    // "agreed to reopen crossings [that have been closed since a dispute last year]" the year is the closing's date.
    private static boolean inOwnClause(Tree tree, int head, int time) {
        if (head == time) return true;
        int below = time;
        for (Tree.Step step : tree.ancestors(time)) {
            if (Tree.is(tree.relation(below), OTHER_CLAUSES)) return false;
            if (step.token() == head) return true;
            below = step.token();
        }
        return false;
    }

    // A date inside a relative clause or a noun's modifier dates that noun's story, not the sentence's events: "the
    // crossings [that were closed in 2015]", "a dispute [dating from 1990]".
    private static boolean describesANoun(Tree tree, int time) {
        int below = time;
        for (Tree.Step step : tree.ancestors(time)) {
            if (Tree.is(tree.relation(below), "acl")) return true;
            below = step.token();
        }
        return false;
    }

    // "ban diesel cars [by 2040]", "[until] 2030": a deadline or an end bounds the act, it does not say when it
    // happens (a hand check of 100 events on the Trafilatura and Fundus pages dated a wish to ban cars to 2040).
    private static boolean isDeadline(Tree tree, List<Token> expression) {
        for (Token t : expression) {
            for (int c : tree.children(t.index(), "case", "mark")) {
                if (DEADLINE_MARKERS.contains(tree.word(c).toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static final Set<String> DEADLINE_MARKERS = Set.of("by", "until", "till", "til");

    // "Russia's [2022] invasion", "the [1994] genocide": a year written before an event noun dates that event; the
    // time tagger does not read a bare number as a year there.
    private static Optional<String> yearOfNoun(Tree tree, int head) {
        if (tree.isVerb(head)) return Optional.empty();
        for (int c : tree.children(head, "nummod", "compound", "amod")) {
            if (c < head && tree.token(c).pos().equals("CD") && YEAR.matcher(tree.word(c)).matches()) {
                return Optional.of(tree.word(c));
            }
        }
        return Optional.empty();
    }

    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    /** Relations that open a clause of its own, with its own time: relative, adverbial, reported, coordinated. */
    private static final String[] OTHER_CLAUSES = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj"};
}
