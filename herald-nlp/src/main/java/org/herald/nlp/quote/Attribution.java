package org.herald.nlp.quote;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Speaker;

/** Who said a quote, with which words, to whom, and the rule that found it. */
record Attribution(Optional<Speaker> speaker, Optional<Cue> cue, Optional<String> addressee, String rule) {
    Attribution {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(rule, "rule");
    }

    /** {@code span} widened to cover the cue and speaker. */
    Span around(Span span) {
        int start = span.start();
        int end = span.end();
        if (speaker.isPresent()) {
            start = Math.min(start, speaker.get().span().start());
            end = Math.max(end, speaker.get().span().end());
        }
        if (cue.isPresent()) {
            start = Math.min(start, cue.get().span().start());
            end = Math.max(end, cue.get().span().end());
        }
        return new Span(start, end);
    }
}
