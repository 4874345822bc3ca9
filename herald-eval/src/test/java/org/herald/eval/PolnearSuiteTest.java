package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.Span;
import org.junit.jupiter.api.Test;

class PolnearSuiteTest {
    /** A sample written for this test, in PolNeAR's brat format: an emoji before the quote shifts UTF-16 offsets. */
    private static final String TEXT = "\uD83D\uDE00 “We will win,” the mayor said, “and soon.” Aides think it is over.";

    @Test
    void discontinuousContentKeepsBothFragmentsInUtf16Offsets() {
        List<PolnearSuite.Attribution> a = PolnearSuite.parse(TEXT, List.of(
                "T1\tContent 2 16;33 44\t“We will win,” “and soon.”",
                "T2\tSource 17 26\tthe mayor",
                "T3\tCue 27 31\tsaid",
                "T4\tAttribution 27 31\tsaid",
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2"), "sample.ann");
        assertEquals(1, a.size());
        assertEquals("“We will win,”", a.get(0).content().get(0).of(TEXT));
        assertEquals("“and soon.”", a.get(0).content().get(1).of(TEXT));
        assertEquals("the mayor", a.get(0).source().orElseThrow().of(TEXT));
        assertTrue(a.get(0).direct(TEXT));
    }

    @Test
    void attributionWithoutSourceKeepsItsContentAndIncompleteOnesAreSkipped() {
        List<PolnearSuite.Attribution> a = PolnearSuite.parse(TEXT, List.of(
                "T1\tCue 51 56\tthink",
                "T2\tContent 57 67\tit is over",
                "T3\tAttribution-no-source 51 56\tthink",
                "E1\tAttribution-no-source:T3 Cue:T1 Content:T2",
                "E2\tAttribution:T3"), "sample.ann");
        assertEquals(1, a.size());
        assertEquals(Optional.empty(), a.get(0).source());
        assertEquals(new Span(58, 68), a.get(0).content().get(0));
        assertFalse(a.get(0).direct(TEXT));
    }

    @Test
    void aCoveredTextSpillingOntoTheNextLineIsJoinedBack() {
        List<PolnearSuite.Attribution> a = PolnearSuite.parse(TEXT, List.of(
                "T1\tContent 57 67\tit is",
                "over",
                "T2\tCue 51 56\tthink",
                "E1\tAttribution-no-source:T2 Cue:T2 Content:T1"), "sample.ann");
        assertEquals(1, a.size());
    }
}
