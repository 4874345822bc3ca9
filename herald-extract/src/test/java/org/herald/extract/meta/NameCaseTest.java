package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NameCaseTest {
    private final NameCase names = new NameCase(Set.of("van", "de", "bin"));

    @Test
    void writesCapitalsInNameCase() {
        assertEquals("Robert Burns", names.of("ROBERT BURNS"));
        assertEquals("Anna van Dijk", names.of("ANNA VAN DIJK"));
        assertEquals("Aoife O'Neill-McCarthy", names.of("AOIFE O'NEILL-MCCARTHY"));
        assertEquals("Khalid bin Salman", names.of("KHALID BIN SALMAN"));
        assertEquals("Tom Machado", names.of("TOM MACHADO"), "Mac is no prefix here");
    }

    @Test
    void leavesNamesWithLowerCaseAndInitialsAlone() {
        assertEquals("Jane McDoe", names.of("Jane McDoe"));
        assertEquals("J. R.", names.of("J. R."));
        assertFalse(NameCase.shouted("J. R."));
    }
}
