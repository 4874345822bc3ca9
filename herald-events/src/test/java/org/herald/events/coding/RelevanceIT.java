package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.herald.events.actor.DictionaryActorCoder;
import org.herald.model.analysis.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's relevance rules on sentences we wrote, through the real parser and the dictionary actor coder the
 * pipeline uses: what is no political interaction codes nothing, and its political look-alikes still code.
 */
class RelevanceIT {
    private static RealCoding pipeline;

    @BeforeAll
    static void load() {
        pipeline = new RealCoding(new CameoCoder(new DictionaryActorCoder()), LocalDate.parse("2024-03-04"));
    }

    private static List<String> codes(String text) {
        return pipeline.code(text).stream().map(Event::cameo).toList();
    }

    @Test
    void sportsResultsAreNoAssaults() {
        assertEquals(List.of(), codes("Argentina beat Brazil 3-1 in Buenos Aires on Sunday."));
        assertEquals(List.of(), codes("Norway defeated Sweden 28-24 in the final of the handball championship."));
    }

    @Test
    void routinePoliceWorkAndIdiomsAreNoEvents() {
        assertEquals(List.of(), codes("Police officers executed a search warrant at a house in Leeds on Tuesday."));
        assertEquals(List.of(), codes("Paris has been fighting dirty air for a decade."));
    }

    @Test
    void anArticleAboutAStormCodesNoActsOfTheStorm() {
        List<String> codes = codes("A powerful storm hit the coast of Florida on Monday. The hurricane destroyed "
                + "hundreds of homes and killed four people. Floods cut off roads across the state.");
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("18") || c.startsWith("19") || c.startsWith("20")),
                codes.toString());
    }

    @Test
    void politicalLookAlikesStillCode() {
        assertTrue(codes("Russian troops beat back a Ukrainian assault near Kharkiv.").stream()
                .anyMatch(c -> c.startsWith("18") || c.startsWith("19")));
        assertFalse(codes("Police beat protesters in Minsk on Sunday.").isEmpty());
        assertTrue(codes("Germany accused Russia of election interference.").contains("112"));
    }
}
