package org.herald.nlp;

import java.util.List;
import org.herald.model.analysis.Entity;
import org.herald.nlp.text.ParsedText;

/** Finds the people, organisations and places of a parsed body. Implementations are thread-safe. */
@FunctionalInterface
public interface EntityStage {
    List<Entity> find(ParsedText text);
}
