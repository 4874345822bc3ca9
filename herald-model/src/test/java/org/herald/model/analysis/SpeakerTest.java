package org.herald.model.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class SpeakerTest {
    @Test
    void anUnresolvedSpeakerCannotCarryAnEntity() {
        assertThrows(IllegalArgumentException.class,
                () -> new Speaker("they", Optional.of("e1"), new Span(0, 4), true));
    }

    @Test
    void aNamedSpeakerIsResolvedByDefault() {
        assertFalse(new Speaker("Ana Lopes", Optional.empty(), new Span(0, 9)).unresolved());
    }
}
