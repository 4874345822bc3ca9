package org.herald.nlp;

import java.util.List;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.nlp.text.ParsedText;

/** Finds quotations and links their speakers to the article's entities. Implementations are thread-safe. */
@FunctionalInterface
public interface QuoteStage {
    List<Quote> find(ParsedText text, List<Entity> entities);
}
