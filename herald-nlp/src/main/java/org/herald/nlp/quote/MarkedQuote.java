package org.herald.nlp.quote;

import java.util.Objects;
import org.herald.model.Span;

/**
 * Words between quotation marks, found on the characters alone.
 *
 * @param outer the marks and what they enclose
 * @param content what the marks enclose; for a multi-paragraph quote it includes the reopening marks in between
 * @param closed false when the paragraph ended before a closing mark
 */
record MarkedQuote(Span outer, Span content, boolean closed) {
    MarkedQuote {
        Objects.requireNonNull(outer, "outer");
        Objects.requireNonNull(content, "content");
    }
}
