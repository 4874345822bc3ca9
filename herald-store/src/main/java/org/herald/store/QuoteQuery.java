package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over quotes.
 *
 * @param speaker a store entity id, or words of the speaker's name
 * @param text    words to match in the quoted text
 * @param dates   publication days of the article
 */
public record QuoteQuery(Optional<String> speaker, Optional<String> text, DateRange dates, Paging paging) {
    public QuoteQuery {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(paging, "paging");
    }
}
