package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventTypeCasesTest {
    @Test
    void aLeadIsTheFirstSentenceOrTwoWhenTheFirstIsShort() {
        assertEquals("Rebels seized the northern town of Kidal on Tuesday after two days of fighting.",
                EventTypeCases.lead("Rebels seized the northern town of Kidal on Tuesday after two days of fighting. "
                        + "The army withdrew. Residents fled."));
        assertEquals("KIDAL, Mali — Rebels seized the town. The army withdrew south.",
                EventTypeCases.lead("KIDAL, Mali — Rebels seized the town. The army withdrew south. Residents fled."));
        assertEquals("One line only", EventTypeCases.lead("  One line only  "));
    }

    @Test
    void aLabelsClassIsItsCodesAndStatementIsClassZero() {
        Map<String, Optional<String>> codes = Map.of("ASSAULT", Optional.of("190"), "AID", Optional.of("070"),
                "NONE", Optional.empty());
        assertEquals(Optional.of(PentaClass.STATEMENT), EventTypeCases.classOf("STATEMENT", codes));
        assertEquals(Optional.of(PentaClass.of("190")), EventTypeCases.classOf("ASSAULT", codes));
        assertEquals(Optional.of(PentaClass.of("070")), EventTypeCases.classOf("AID", codes));
        assertEquals(Optional.empty(), EventTypeCases.classOf("NONE", codes));
    }
}
