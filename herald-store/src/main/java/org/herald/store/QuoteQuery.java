package org.herald.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.QuoteType;

/**
 * A search over quotes.
 *
 * @param speaker a store entity id, or words of the speaker's name
 * @param text    words to match in the quoted text
 * @param types   the quote types to keep; every type when it holds them all
 * @param dates   publication days of the article
 */
public record QuoteQuery(Optional<String> speaker, Optional<String> text, Set<QuoteType> types, DateRange dates,
                         Paging paging) {
    public QuoteQuery {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(types, "types");
        if (types.isEmpty()) throw new IllegalArgumentException("types: give at least one quote type");
        types = Set.copyOf(types);
    }

    /** A search over quotes of every type. */
    public QuoteQuery(Optional<String> speaker, Optional<String> text, DateRange dates, Paging paging) {
        this(speaker, text, EnumSet.allOf(QuoteType.class), dates, paging);
    }

    /** Whether {@link #types()} filters nothing. */
    public boolean anyType() {
        return types.size() == QuoteType.values().length;
    }
}
