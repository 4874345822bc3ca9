package org.herald.events.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.herald.model.analysis.EventMode;

/**
 * Which events of an analysed document an export writes: those in one of {@code modes} whose {@code confidence} is
 * at least {@code minConfidence}. An event without a mode (or with one Herald does not know) is written only when
 * every mode is asked for; one without a confidence (analyses made before events had one) only when
 * {@code minConfidence} is 0, since nothing says it reaches the bar.
 *
 * @param modes         the modes written; never empty
 * @param minConfidence 0 to 1; 0 writes every confidence
 */
public record EventSelection(Set<EventMode> modes, double minConfidence) {
    public EventSelection {
        Objects.requireNonNull(modes, "modes");
        if (modes.isEmpty()) throw new IllegalArgumentException("no mode selected");
        modes = Set.copyOf(modes);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be 0..1: " + minConfidence);
        }
    }

    /**
     * What GDELT's format can hold: it has no mode column, so a row reads as a fact and only asserted events are
     * written ("could invade" and "denies it plans to invade" are no attacks).
     */
    public static EventSelection asserted() {
        return new EventSelection(EnumSet.of(EventMode.ASSERTED), 0);
    }

    /** Every event, whatever its mode and confidence: for formats that carry the mode beside the event. */
    public static EventSelection all() {
        return new EventSelection(EnumSet.allOf(EventMode.class), 0);
    }

    public EventSelection withMinConfidence(double value) {
        return new EventSelection(modes, value);
    }

    /** Whether an event object of the analysis JSON is selected. */
    public boolean accepts(JsonNode event) {
        return modeAccepted(event.path("mode").asText()) && confidenceAccepted(event.path("confidence"));
    }

    private boolean modeAccepted(String mode) {
        if (modes.size() == EventMode.values().length) return true;
        for (EventMode m : modes) {
            if (m.key().equals(mode)) return true;
        }
        return false;
    }

    private boolean confidenceAccepted(JsonNode confidence) {
        if (minConfidence == 0) return true;
        return confidence.isNumber() && confidence.asDouble() >= minConfidence;
    }
}
