package org.herald.events.confidence;

import java.util.List;

/**
 * Turns an event's features ({@link EventFeatures}) into the probability that the event is right. Implementations
 * are trained so that the number means something: of events given 0.8, about 80% are right on the data it was
 * calibrated on.
 */
public interface ConfidenceModel {
    /** The probability, 0 to 1, that an event with these features is right; unknown features count for nothing. */
    double confidence(List<String> features);

    /** The known features with the largest effect on this confidence, largest first, as {@code "name +0.42"}. */
    List<String> reasons(List<String> features, int limit);
}
