package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.Token;

/**
 * The date of an event: a time expression attached to its clause ("attacked Ukraine [on 24 February 2022]"), else one
 * elsewhere in the sentence, else the article's reference date.
 */
final class EventDates {
    private EventDates() {}

    static String date(Tree tree, List<Integer> chain, List<TimeExpression> dates, LocalDate reference) {
        Optional<TimeExpression> inSentence = Optional.empty();
        for (TimeExpression t : dates) {
            if (!tree.sentence().span().contains(t.span())) continue;
            Optional<Token> first = tree.sentence().tokens().stream().filter(k -> k.span().overlaps(t.span()))
                    .findFirst();
            if (first.isEmpty()) continue;
            for (int head : chain) {
                if (tree.dominates(head, first.get().index())) return t.value();
            }
            if (inSentence.isEmpty()) inSentence = Optional.of(t);
        }
        return inSentence.map(TimeExpression::value).orElse(reference.toString());
    }
}
