package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SuiteSplitTest {

    @Test
    void crcIsTheStandardCrc32OfTheUtf8Text() {
        // Values from Python's zlib.crc32, an implementation independent of java.util.zip.
        assertEquals(538156654L, SuiteSplit.crc("Russia beat Croatia."));
        assertEquals(3051736519L, SuiteSplit.crc("Police arrested two men."));
    }

    @Test
    void evenCrcIsDevAndOddIsHeldOut() {
        assertEquals(SuiteSplit.DEV, SuiteSplit.half("Russia beat Croatia."));
        assertEquals(SuiteSplit.DEV, SuiteSplit.half("NATO sent troops."));
        assertEquals(SuiteSplit.HELDOUT, SuiteSplit.half("Police arrested two men."));
        assertEquals(SuiteSplit.HELDOUT, SuiteSplit.half("Rebels shelled the town."));
    }

    @Test
    void surroundingAndRepeatedWhiteSpaceDoesNotMoveACase() {
        assertEquals("Police arrested two men.", SuiteSplit.normalise("  Police \t arrested\ntwo   men.\r\n"));
        assertEquals(SuiteSplit.crc("Police arrested two men."), SuiteSplit.crc(" Police  arrested\ttwo\nmen. "));
    }

    @Test
    void devAndHeldOutPartitionTheCasesAndAllKeepsThem() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) cases.add("Sentence number " + i + " of the fixture.");
        List<String> dev = SuiteSplit.DEV.select(cases, Function.identity());
        List<String> held = SuiteSplit.HELDOUT.select(cases, Function.identity());
        assertEquals(cases.size(), dev.size() + held.size());
        assertTrue(dev.stream().noneMatch(held::contains));
        assertTrue(dev.size() > 60 && held.size() > 60, dev.size() + " / " + held.size());
        assertEquals(cases, SuiteSplit.ALL.select(cases, Function.identity()));
    }

    @Test
    void parsesTheCommandLineNamesAndRejectsOthers() {
        assertEquals(SuiteSplit.DEV, SuiteSplit.parse("dev"));
        assertEquals(SuiteSplit.HELDOUT, SuiteSplit.parse("heldout"));
        assertEquals(SuiteSplit.ALL, SuiteSplit.parse("all"));
        assertThrows(IllegalArgumentException.class, () -> SuiteSplit.parse("test"));
    }
}
