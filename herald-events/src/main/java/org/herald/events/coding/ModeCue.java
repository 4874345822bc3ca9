package org.herald.events.coding;

import java.util.Objects;
import org.herald.model.analysis.EventMode;

/** Why an event got its mode: the mode and the words that set it ("NEGATED by 'not'"). */
record ModeCue(EventMode mode, String why) {
    ModeCue {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(why, "why");
    }

    static ModeCue asserted() {
        return new ModeCue(EventMode.ASSERTED, "no negation, condition, future or report marker");
    }
}
