package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;

/**
 * Who did what to whom, when and where, coded in CAMEO and PLOVER, with the sentence and rule behind it.
 *
 * @param cameo CAMEO event code as written, with its leading zeros ("036", "0311", "190")
 * @param plover PLOVER event type ("CONSULT", "ASSAULT" …) from the CAMEO-to-PLOVER conversion
 * @param ploverMode PLOVER mode when the conversion gives one ("verbal", "threaten" …)
 * @param goldstein Goldstein conflict-cooperation score of the CAMEO code, -10 to +10
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param date resolved ISO date of the event when the text gives one, else the article's date
 * @param sentence the sentence the event was coded from
 * @param span the words of the event (source to target) within the body
 * @param trigger the verb or noun that names the event ("called for talks" → "called")
 * @param evidence the rule or dictionary entry that fired
 * @param confidence how likely the event is right as coded (type, actors and mode), 0 to 1; calibrated so that of
 *                   events at 0.8 about 80% are right
 */
public record Event(Actor source, Optional<Actor> target, String cameo, String plover, Optional<String> ploverMode,
                    double goldstein, int quadClass, EventMode mode, Optional<String> date, Optional<Place> location,
                    Span sentence, Span span, String trigger, Evidence evidence, double confidence) {
    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(ploverMode, "ploverMode");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(evidence, "evidence");
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quad class must be 1..4: " + quadClass);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be 0..1: " + confidence);
        }
    }

    /** The same event with other evidence (a rule id with more marks on it). */
    public Event withEvidence(Evidence value) {
        return new Event(source, target, cameo, plover, ploverMode, goldstein, quadClass, mode, date, location,
                sentence, span, trigger, value, confidence);
    }

    /** The same event with another confidence. */
    public Event withConfidence(double value) {
        return new Event(source, target, cameo, plover, ploverMode, goldstein, quadClass, mode, date, location,
                sentence, span, trigger, evidence, value);
    }

    /** The same event with another target (or none). */
    public Event withTarget(Optional<Actor> value) {
        return new Event(source, value, cameo, plover, ploverMode, goldstein, quadClass, mode, date, location,
                sentence, span, trigger, evidence, confidence);
    }
}
