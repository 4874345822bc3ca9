package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Quote;

/**
 * One test of whether an event is stated as a fact. Rules are chained in a fixed order (negation, hypothesis,
 * future, report) and the first that fires sets the mode, so a negated or hypothetical event is never asserted.
 */
interface ModalityRule {
    /** The mode this rule gives the event whose trigger is {@code trigger}, or empty when it does not apply. */
    Optional<ModeCue> apply(Tree tree, int trigger, List<Quote> quotes);
}
