package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A search over events. Actor and CAMEO codes match by prefix ({@code source=RUS} matches RUSGOV and RUSMIL;
 * {@code cameo=04} matches 040–046); PLOVER types match exactly, case-insensitively.
 *
 * @param entity a store entity id: only events where it is source or target
 * @param dates  event days (the event's resolved date, or the article's publication date when it has none)
 * @param traits the modes, quad class and least confidence an event must have ({@link EventTraits#ANY}: any)
 */
public record EventQuery(Optional<String> source, Optional<String> target, Optional<String> cameo,
                         Optional<String> plover, Optional<String> entity, DateRange dates, EventTraits traits,
                         Paging paging) {
    public EventQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(dates, "dates");
        Objects.requireNonNull(traits, "traits");
        Objects.requireNonNull(paging, "paging");
    }
}
