package org.herald.events.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {
    private static final CameoCodebook BOOK = CameoCodebook.load();
    private static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "ACCUSE", "DEMAND", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
            "COERCE", "ASSAULT");

    @Test
    void everyCodeHasQuadClassPloverTypeAndGoldsteinInRange() {
        List<CameoCode> codes = BOOK.codes();
        assertEquals(312, codes.size());
        for (CameoCode c : codes) {
            assertTrue(c.quadClass() >= 1 && c.quadClass() <= 4, c.code());
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
            assertFalse(c.plover().isBlank(), c.code());
            assertFalse(c.label().isBlank(), c.code());
            if (c.root().equals("01") || c.root().equals("02")) {
                assertEquals(CameoCode.NO_PLOVER, c.plover(), c.code());
            } else {
                assertTrue(PLOVER_TYPES.contains(c.plover()), c.code() + " " + c.plover());
            }
        }
    }

    @Test
    void hasTwentyRootsAndThreeAndFourDigitCodes() {
        Set<String> roots = BOOK.codes().stream().filter(c -> c.code().length() == 2).map(CameoCode::code)
                .collect(Collectors.toSet());
        assertEquals(20, roots.size());
        assertTrue(BOOK.find("0311").isPresent());
        assertTrue(BOOK.find("204").isPresent());
        assertEquals(Optional.empty(), BOOK.find("999"));
        assertThrows(IllegalArgumentException.class, () -> BOOK.require("10 "));
    }

    @Test
    void quadClassFollowsTheGdeltConvention() {
        assertEquals(1, CameoCodebook.quadClass("05"));
        assertEquals(1, CameoCodebook.quadClass("0311"));
        assertEquals(2, CameoCodebook.quadClass("06"));
        assertEquals(2, CameoCodebook.quadClass("084"));
        assertEquals(3, CameoCodebook.quadClass("090"));
        assertEquals(3, CameoCodebook.quadClass("1312"));
        assertEquals(4, CameoCodebook.quadClass("14"));
        assertEquals(4, CameoCodebook.quadClass("2042"));
        assertThrows(IllegalArgumentException.class, () -> CameoCodebook.quadClass("21"));
    }

    @Test
    void goldsteinIsTheGdeltTable() {
        assertEquals(-2.0, BOOK.require("016").goldstein());
        assertEquals(3.2, BOOK.require("022").goldstein());
        assertEquals(-7.0, BOOK.require("164").goldstein());
        assertEquals(-6.5, BOOK.require("165").goldstein());
        assertEquals(-10.0, BOOK.require("190").goldstein());
        assertEquals(8.0, BOOK.require("057").goldstein());
    }

    @Test
    void ploverConversionAsPublished() {
        CameoCode visit = BOOK.require("042");
        assertEquals("CONSULT", visit.plover());
        assertEquals(Optional.of("visit"), visit.ploverMode());
        assertEquals("RETREAT", BOOK.require("0841").plover());
        assertEquals("CONCEDE", BOOK.require("08").plover());
        assertEquals(List.of("military", "legal"), BOOK.require("1124").ploverContext());
        assertFalse(BOOK.require("010").inPlover());
        assertEquals("Express intent to meet or negotiate", BOOK.require("036").label());
    }

    @Test
    void ploverFollowsPolecatWhereItsLabelsDepartFromTheConversion() {
        // The conversion gives COERCE, AGREE, RETREAT and SUPPORT here; POLECAT's own labelled prompts do not.
        assertEquals("SANCTION", BOOK.require("163").plover());
        assertEquals(Optional.of("discontinue"), BOOK.require("163").ploverMode());
        assertEquals("CONCEDE", BOOK.require("0351").plover());
        assertEquals("CONCEDE", BOOK.require("0813").plover());
        assertEquals("RETREAT", BOOK.require("0353").plover());
        assertEquals(Optional.of("resign"), BOOK.require("0831").ploverMode());
        assertEquals("AGREE", BOOK.require("057").plover());
        assertEquals("AGREE", BOOK.require("036").plover());
    }
}
