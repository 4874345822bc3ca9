package org.herald.store;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.EventMode;

/**
 * What an event must be, besides its actors, code and day, to match a search or a timeline: one of {@code modes},
 * of the quad class when one is given, and at least {@code minConfidence} sure.
 *
 * @param modes         the modes that match; never empty ({@link #ANY} holds every mode)
 * @param quadClass     1 verbal cooperation … 4 material conflict; empty for any
 * @param minConfidence 0 to 1; above 0, an event stored without a confidence (by a store written before events had
 *                      one) does not match, since nothing says it reaches the bar
 */
public record EventTraits(Set<EventMode> modes, Optional<Integer> quadClass, double minConfidence) {
    /** Every event. */
    public static final EventTraits ANY = new EventTraits(EnumSet.allOf(EventMode.class), Optional.empty(), 0);
    /** The events the articles state as facts: what a timeline counts unless asked otherwise. */
    public static final EventTraits ASSERTED = new EventTraits(EnumSet.of(EventMode.ASSERTED), Optional.empty(), 0);

    public EventTraits {
        Objects.requireNonNull(modes, "modes");
        Objects.requireNonNull(quadClass, "quadClass");
        if (modes.isEmpty()) throw new IllegalArgumentException("no mode given");
        modes = Set.copyOf(modes);
        quadClass.ifPresent(q -> {
            if (q < 1 || q > 4) throw new IllegalArgumentException("quad must be 1 to 4, not " + q);
        });
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("min_confidence must be from 0 to 1, not " + minConfidence);
        }
    }

    /** Whether every mode matches, so that no mode filter is needed. */
    public boolean anyMode() {
        return modes.size() == EventMode.values().length;
    }
}
