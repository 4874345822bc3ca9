package org.herald.model.analysis;

import java.util.Objects;
import org.herald.model.Evidence;
import org.herald.model.Span;

/**
 * A temporal expression in the body and its resolved value.
 *
 * @param value ISO 8601: a day "2024-03-04", a month "2024-03", a year "2019", a week "2024-W10",
 *              or a date-time when a clock time is given
 */
public record TimeExpression(Span span, String text, String value, Evidence evidence) {
    public TimeExpression {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(evidence, "evidence");
    }
}
