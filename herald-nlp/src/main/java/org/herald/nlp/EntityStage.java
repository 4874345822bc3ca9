package org.herald.nlp;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.analysis.Entity;
import org.herald.nlp.text.ParsedText;

/** Finds the people, organisations and places of a parsed body. Implementations are thread-safe. */
@FunctionalInterface
public interface EntityStage {
    List<Entity> find(ParsedText text);

    /**
     * As {@link #find(ParsedText)} for an article of {@code reference} (its publication date), so that facts with a
     * period of validity (who held an office) can be taken as they were then; stages without such facts ignore it.
     */
    default List<Entity> find(ParsedText text, LocalDate reference) {
        return find(text);
    }
}
