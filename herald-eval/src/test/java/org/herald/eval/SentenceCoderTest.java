package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.junit.jupiter.api.Test;

/** Where a coded event's actors are named: what the span scores of events-conflibert and events-rounds rest on. */
class SentenceCoderTest {
    private static final String BODY = "After the police left, Ukrainian troops said the police fired on Lavrov's aides.";

    private static Event event(Actor source, Actor target, Span span) {
        return new Event(source, Optional.of(target), "190", "ASSAULT", Optional.empty(), -10, 4, EventMode.ASSERTED,
                Optional.empty(), Optional.empty(), new Span(0, BODY.length()), span, "fired",
                new Evidence("test", "fixture"), 0.5);
    }

    @Test
    void aNameSaidTwiceIsTakenWithinTheEventsOwnWords() {
        int police = BODY.indexOf("the police fired");
        Event e = event(new Actor("the police", "COP", Optional.empty()), new Actor("aides", "", Optional.empty()),
                new Span(police, BODY.length() - 1));
        SentenceCoder.Coded coded = new SentenceCoder.Coded(BODY, List.of(e), List.of());
        assertEquals(List.of(new Span(police, police + "the police".length())), coded.spans(e, e.source()));
        assertFalse(coded.names(e, e.source(), new Span(6, 16)), "the first 'the police' is outside the event");
    }

    @Test
    void anEntitysMentionsWinOverItsNameAndAnUnnamedActorMatchesNothing() {
        int lavrov = BODY.indexOf("Lavrov");
        Entity entity = new Entity("e1", "Sergei Lavrov", EntityType.PERSON, Optional.empty(), Optional.of("RUS"),
                List.of(new Mention(new Span(lavrov, lavrov + 6), "Lavrov")));
        Event e = event(new Actor("Ukrainian troops", "UKRMIL", Optional.empty()),
                new Actor("Russian Foreign Minister Sergei Lavrov", "RUSGOV", Optional.of("e1")),
                new Span(BODY.indexOf("Ukrainian"), BODY.length() - 1));
        SentenceCoder.Coded coded = new SentenceCoder.Coded(BODY, List.of(e), List.of(entity));
        assertTrue(coded.names(e, e.target().get(), new Span(lavrov, BODY.length() - 1)));
        Event unnamed = event(new Actor("Kyiv", "UKR", Optional.empty()), e.target().get(), e.span());
        assertEquals(List.of(), coded.spans(unnamed, unnamed.source()));
    }
}
