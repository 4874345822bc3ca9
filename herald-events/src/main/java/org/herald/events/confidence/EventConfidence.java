package org.herald.events.confidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;

/**
 * Gives each event of a text the confidence its {@link ConfidenceModel} assigns to its {@link EventFeatures}. Runs
 * once per text, after coding, since a feature (the number of events in the sentence) needs the sentence's events.
 */
public final class EventConfidence {
    private final ConfidenceModel model;

    public EventConfidence(ConfidenceModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** With the weights shipped in this package ({@link LogisticModel#load()}). */
    public static EventConfidence load() {
        return new EventConfidence(LogisticModel.load());
    }

    /** The events, in their order, each with its confidence. */
    public List<Event> scored(List<Event> events, String body, List<Quote> quotes) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) out.add(e.withConfidence(model.confidence(EventFeatures.of(e, body, events, quotes))));
        return out;
    }

    /** Why {@code event} got its confidence: the {@code limit} features that moved it most. */
    public List<String> reasons(Event event, List<Event> events, String body, List<Quote> quotes, int limit) {
        return model.reasons(EventFeatures.of(event, body, events, quotes), limit);
    }
}
