package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;

/**
 * A quotation and, when we found one, who said it and to whom.
 *
 * @param content the quoted words (without quotation marks for direct quotes)
 * @param span the whole quotation: content plus marks, cue and speaker
 */
public record Quote(Span content, QuoteType type, Optional<Speaker> speaker, Optional<Cue> cue,
                    Optional<String> addressee, Span span, Evidence evidence) {
    public Quote {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(evidence, "evidence");
    }
}
