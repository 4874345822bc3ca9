package org.herald.nlp;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ParsedText;

/** Finds temporal expressions and resolves them against a reference date. Implementations are thread-safe. */
@FunctionalInterface
public interface TimeStage {
    List<TimeExpression> resolve(ParsedText text, LocalDate reference);
}
