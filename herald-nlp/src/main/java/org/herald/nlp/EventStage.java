package org.herald.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ParsedText;

/**
 * Codes political events from the parsed body and what the earlier stages found. Implemented by herald-events,
 * which depends on this module; the CLI wires it in. Implementations are thread-safe. {@code published} is the
 * article's publication date, empty when it has none: its events then carry only the dates their own text gives.
 */
@FunctionalInterface
public interface EventStage {
    List<Event> code(ParsedText text, List<Entity> entities, List<TimeExpression> dates, List<Quote> quotes,
                     Optional<LocalDate> published);
}
