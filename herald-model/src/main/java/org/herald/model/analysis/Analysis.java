package org.herald.model.analysis;

import java.util.List;
import java.util.Objects;
import org.herald.model.Article;

/**
 * An article with what the understanding and event stages found in its body. All spans point into
 * {@code article.body()}.
 */
public record Analysis(Article article, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                       List<Event> events) {
    public Analysis {
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    /** An analysis without events, for stages and tests that do not code events. */
    public Analysis(Article article, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes) {
        this(article, entities, dates, quotes, List.of());
    }
}
