package org.herald.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EventModeTest {
    @Test
    void aListNamesModesInAnyCaseAndAllMeansEveryMode() {
        assertEquals(EnumSet.of(EventMode.ASSERTED, EventMode.REPORTED), EventMode.parseList("asserted, Reported"));
        assertEquals(EnumSet.allOf(EventMode.class), EventMode.parseList("ALL"));
        assertEquals("hypothetical", EventMode.HYPOTHETICAL.key());
    }

    @Test
    void anUnknownNameOrAnEmptyListIsRefusedWithTheNamesAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventMode.parseList("asserted,rumoured"));
        assertTrue(e.getMessage().contains("'rumoured'") && e.getMessage().contains("negated"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventMode.parseList(" , "));
    }
}
