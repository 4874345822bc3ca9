package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The whole demo, language models included: extraction, then people, quotes and events per sample. */
class DemoCommandIT {
    @Test
    void demoShowsWhoSaidWhatAndWhatHappened() {
        CliRun r = CliRun.run("demo");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Davit Harutyunyan (Foreign Minister, ARM)"), r.out());
        assertTrue(r.out().contains("Davit Harutyunyan: \u201cWe have lost a year of trade"), r.out());
        assertTrue(r.out().contains("ARMGOV \u2192 GEOGOV  CAMEO 040"), r.out());
        assertTrue(r.out().contains("(understanding is English-only"), r.out());
    }
}
