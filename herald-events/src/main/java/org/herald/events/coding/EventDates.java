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
                if (tree.dominates(head, first.get().index())) return Optional.of(t.value());
            }
            if (inSentence.isEmpty()) inSentence = Optional.of(t);
        }
        return inSentence.map(TimeExpression::value).or(() -> published.map(LocalDate::toString));
    }
}
