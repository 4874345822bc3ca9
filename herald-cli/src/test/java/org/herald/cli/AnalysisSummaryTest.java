package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.Outcome;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.junit.jupiter.api.Test;

class AnalysisSummaryTest {
    private static Event event(String cameo, String plover, int quad, EventMode mode) {
        Span all = new Span(0, 10);
        return new Event(new Actor("Ukraine", "UKR", Optional.empty()),
                Optional.of(new Actor("Russia", "RUS", Optional.empty())), cameo, plover, Optional.empty(), -2.0, quad,
                mode, Optional.empty(), Optional.empty(), all, all, "accused", new Evidence("events", "r"), 0.6);
    }

    @Test
    void eventsShowTheCameoNameBesideThePloverTypeAndNeverNone() {
        // A sample sentence written for this test.
        Article article = new Article("a.txt", Optional.empty(), Optional.empty(), Optional.of("Sample"), List.of(), List.of(),
                Optional.empty(), false, Optional.empty(), Optional.of("en"), Optional.empty(), Optional.empty(),
                List.of("Ukraine accused Russia."), List.of());
        Analysis analysis = new Analysis(article, List.of(), List.of(), List.of(),
                List.of(event("112", "ACCUSE", 3, EventMode.ASSERTED), event("010", "NONE", 1, EventMode.REPORTED)));
        String text = new AnalysisSummary().format(Outcome.ok("a.txt", analysis, List.of()));
        assertTrue(text.contains("UKR → RUS  CAMEO 112 Accuse · ACCUSE, Goldstein -2.0, asserted"), text);
        assertTrue(text.contains("CAMEO 010 Make statement, Goldstein -2.0, reported"), text);
        assertFalse(text.contains("NONE"), text);
    }
}
