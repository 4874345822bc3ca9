package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/** PolnearEval on a sample article written for this test, in PolNeAR's brat format, with the real parser. */
class PolnearEvalIT {
    private static final String TEXT = "“We will win,” Mayor Anna Berg said. Anna Berg said the bridge would open in May. "
            + "The council hopes to finish the road.";

    private static String span(String type, String words, int n) {
        int start = TEXT.indexOf(words);
        return "T" + n + "\t" + type + " " + start + " " + (start + words.length()) + "\t" + words;
    }

    // #10: misses are counted by kind, so that a change can be judged by the errors it moves
    @Test
    void missesAreCountedByKind() {
        List<PolnearSuite.Attribution> gold = PolnearSuite.parse(TEXT, List.of(
                span("Content", "“We will win,”", 1),
                span("Source", "The council", 2),
                span("Cue", "said", 3),
                span("Attribution", "said", 4),
                "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
                span("Content", "to finish the road", 5),
                span("Cue", "hopes", 6),
                span("Attribution", "hopes", 7),
                "E2\tAttribution:T7 Content:T5 Cue:T6 Source:T2"), "sample.ann");
        SuiteReport report = new PolnearEval(CoreNlpParser.defaults())
                .score(List.of(new PolnearSuite.Article("sample", TEXT, gold)));
        // the quote is found but given to the mayor, the council's hope is not found, the bridge is no gold quote
        assertTrue(report.details().contains("Misses by kind: all false-quote 1, content-boundary 0, speaker-wrong 1, "
                + "speaker-unresolved 0, missed-quote 1;"), report.details());
        assertEquals(1, report.misses().stream().filter(m -> m.startsWith("speaker-wrong sample: Anna Berg for The council"))
                .count(), report.misses().toString());
    }
}
