package org.herald.nlp.quote;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.analysis.QuoteType;

/**
 * One hand-annotated quote of an evaluation article.
 *
 * @param speaker the speaker as written ("he", "the minister"); empty when the article names nobody
 * @param speakerName who that is: the fullest name, or the words themselves for an unnamed source ("officials")
 * @param cue "said", "told reporters", "according to", ":"; empty for a quote that continues the previous one
 */
public record GoldQuote(String text, QuoteType type, Optional<String> speaker, Optional<String> speakerName,
                        Optional<String> cue) {
    public GoldQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(speakerName, "speakerName");
        Objects.requireNonNull(cue, "cue");
    }
}
