package org.herald.model.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class QuoteTypeTest {
    @Test
    void aListNamesTypesInAnyCaseAndAllMeansEveryType() {
        assertEquals(EnumSet.of(QuoteType.DIRECT, QuoteType.PARTIAL), QuoteType.parseList("direct, PARTIAL"));
        assertEquals(EnumSet.allOf(QuoteType.class), QuoteType.parseList("All"));
        assertEquals("indirect", QuoteType.INDIRECT.key());
    }

    @Test
    void anUnknownNameOrAnEmptyListIsRefusedWithTheNamesAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuoteType.parseList("direct,reported"));
        assertTrue(e.getMessage().contains("'reported'") && e.getMessage().contains("indirect"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QuoteType.parseList(","));
    }
}
