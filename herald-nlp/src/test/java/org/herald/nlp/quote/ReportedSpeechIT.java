package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/**
 * Reported speech needs a speech or cognition verb with a speaker (#10), on the real CoreNLP parse. Texts written
 * for Herald.
 */
class ReportedSpeechIT {
    private final QuoteFinder finder = new QuoteFinder();

    private record Reported(String content, String speaker, String cue) {}

    private List<Reported> reported(String text) {
        ParsedText parsed = SharedParser.get().parse(text);
        return finder.find(parsed, NerEntities.of(parsed)).stream().filter(q -> q.type() == QuoteType.INDIRECT)
                .map((Quote q) -> new Reported(q.content().of(text), q.speaker().orElseThrow().name(),
                        q.cue().orElseThrow().text()))
                .toList();
    }

    @Test
    void aSpeechVerbWithItsSubjectReports() {
        assertEquals(List.of(new Reported("the talks had failed", "Anna Berg", "warned")),
                reported("Anna Berg warned that the talks had failed."));
    }

    @Test
    void aCognitionVerbReportsTheHoldersBelief() {
        assertEquals(List.of(new Reported("the talks have failed", "Anna Berg", "believes")),
                reported("Anna Berg believes that the talks have failed."));
    }

    @Test
    void aCognitionVerbWithoutAClauseReportsNothing() {
        assertEquals(List.of(), reported("Anna Berg hopes to restart the talks."));
    }

    @Test
    void thePassiveSubjectOfASpeechVerbIsNoSpeaker() {
        // "Berg was told": Berg is the one spoken to, and no one is named as saying it
        assertEquals(List.of(), reported("Anna Berg was told that the talks had failed."));
        assertEquals(List.of(), reported("It was reported that the talks had failed."));
    }
}
