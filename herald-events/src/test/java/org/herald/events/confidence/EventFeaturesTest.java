package org.herald.events.confidence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.junit.jupiter.api.Test;

class EventFeaturesTest {
    private static final String BODY = "Russia attacked the city. \"We will talk with France,\" the Kremlin said.";

    private static Event event(String rule, EventMode mode, Optional<Actor> target, Span sentence, Span span) {
        return new Event(new Actor("Russia", "RUS", Optional.of("e1")), target, "190", "ASSAULT", Optional.empty(),
                -10, 4, mode, Optional.empty(), Optional.empty(), sentence, span, "attacked",
                new Evidence("events", rule), 0.5);
    }

    private static Span within(String words) {
        int at = BODY.indexOf(words);
        return new Span(at, at + words.length());
    }

    @Test
    void readsTheRuleIdIntoKindTableVerbRowAndMarks() {
        Event e = event("intent:svo:verbs-phoenix.tsv:attack protester+by-will+source-country:article+future",
                EventMode.ASSERTED, Optional.empty(), new Span(0, 25), new Span(0, 15));
        List<String> f = EventFeatures.of(e, BODY, List.of(e), List.of());
        for (String want : List.of("stated=intent", "kind=svo", "table=verbs-phoenix.tsv", "verb=attack",
                "row=specific", "mark=by-cue", "mark=source-country:article", "root=19", "quad=4", "mode=asserted",
                "source=named", "source-code=3", "target=none", "words=1-12", "sentence-events=1")) {
            assertTrue(f.contains(want), want + " in " + f);
        }
        // The mode's own mark would count the mode twice.
        assertFalse(f.contains("mark=future"), f.toString());
        assertFalse(f.contains("quoted"), f.toString());
    }

    @Test
    void seesTheQuotationTheEventSitsInAndTheOtherEventsOfItsSentence() {
        Span sentence = new Span(BODY.indexOf('"'), BODY.length());
        Actor france = new Actor("France", "FRA", Optional.empty());
        Event talk = event("svo:verbs.tsv:talk", EventMode.FUTURE, Optional.of(france), sentence,
                within("will talk with France"));
        Event other = event("svo:verbs.tsv:say", EventMode.ASSERTED, Optional.empty(), sentence, within("the Kremlin said"));
        Event elsewhere = event("svo:verbs.tsv:attack", EventMode.ASSERTED, Optional.empty(), new Span(0, 25),
                new Span(0, 15));
        Quote quote = new Quote(within("We will talk with France,"), QuoteType.DIRECT, Optional.empty(), Optional.empty(),
                Optional.empty(), sentence, new Evidence("quotes", "test"));
        List<String> f = EventFeatures.of(talk, BODY, List.of(elsewhere, talk, other), List.of(quote));
        for (String want : List.of("quoted", "sentence-events=2", "target=common", "target-code=3", "row=bare",
                "mode=future")) {
            assertTrue(f.contains(want), want + " in " + f);
        }
    }
}
