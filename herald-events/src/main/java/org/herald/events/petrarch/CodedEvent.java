package org.herald.events.petrarch;

import java.util.Objects;

/** A coded event: source and target actor codes ("---" when the target is unknown) and the event code. */
public record CodedEvent(String source, String target, String code) {
    public CodedEvent {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(code, "code");
    }
}
