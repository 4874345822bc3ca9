package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
        Optional<TimeExpression> inSentence = Optional.empty();
        for (TimeExpression t : dates) {
            if (!tree.sentence().span().contains(t.span())) continue;
            Optional<Token> first = tree.sentence().tokens().stream().filter(k -> k.span().overlaps(t.span()))
                    .findFirst();
            if (first.isEmpty()) continue;
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

    /** Relations that open a clause of its own, with its own time: relative, adverbial, reported, coordinated. */
    private static final String[] OTHER_CLAUSES = {"acl:relcl", "advcl", "ccomp", "parataxis", "conj"};
}
