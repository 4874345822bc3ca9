package org.herald.events.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.quote.QuoteFinder;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.time.TimeResolver;

/**
 * The stages a coder IT runs before the coder, all real (CoreNLP parser, entity finder, date resolver, quote finder),
 * loaded once per test class; the coder under test is the caller's.
 */
final class RealCoding {
    final CoreNlpParser parser = CoreNlpParser.defaults();
    final EntityFinder entityFinder = new EntityFinder();
    private final TimeResolver times = TimeResolver.english();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final CameoCoder coder;
    private final LocalDate reference;

    RealCoding(CameoCoder coder, LocalDate reference) {
        this.coder = coder;
        this.reference = reference;
    }

    /** The coder's events for {@code text}, published on the reference day. */
    List<Event> code(String text) {
        ParsedText parsed = parser.parse(text);
        List<Entity> entities = entityFinder.find(parsed);
        List<TimeExpression> dates = times.resolve(parsed, reference);
        List<Quote> quotes = quoteFinder.find(parsed, entities);
        return coder.code(parsed, entities, dates, quotes, Optional.of(reference));
    }
}
