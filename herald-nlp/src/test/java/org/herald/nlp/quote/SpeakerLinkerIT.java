package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.Speaker;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/**
 * Pronoun and nominal speakers (#10) on the real CoreNLP parse. The entities are {@link NerEntities}, which link no
 * pronoun or noun themselves, so every resolution here is {@link SpeakerLinker}'s own. Texts written for Herald.
 */
class SpeakerLinkerIT {
    private final QuoteFinder finder = new QuoteFinder();

    /** The speaker of the only quote whose content starts with {@code content}. */
    private Speaker speakerOf(String text, String content) {
        ParsedText parsed = SharedParser.get().parse(text);
        List<Quote> quotes = finder.find(parsed, NerEntities.of(parsed)).stream()
                .filter(q -> q.content().of(text).startsWith(content)).toList();
        assertEquals(1, quotes.size(), "one quote starting with '" + content + "' in " + quotes);
        return quotes.get(0).speaker().orElseThrow();
    }

    @Test
    void heIsTheNearestPrecedingManNotTheWomanNamedLast() {
        Speaker s = speakerOf("Peter Holm met Anna Berg in Oslo on Monday. \"Nothing has changed,\" he said.",
                "Nothing has changed");
        assertEquals("Peter Holm", s.name());
        assertTrue(s.entityId().isPresent());
        assertFalse(s.unresolved());
    }

    @Test
    void sheIsTheNearestPrecedingWoman() {
        Speaker s = speakerOf("Anna Berg met Peter Holm in Oslo on Monday. \"Nothing has changed,\" she said.",
                "Nothing has changed");
        assertEquals("Anna Berg", s.name());
    }

    @Test
    void aPronounWithNoPersonInItsOrThePreviousParagraphStaysUnresolved() {
        String text = "Anna Berg arrived in Oslo on Monday.\n\nThe roads around the city were closed.\n\n"
                + "Snow fell all night.\n\n\"Nothing has changed,\" she said.";
        Speaker s = speakerOf(text, "Nothing has changed");
        assertEquals("she", s.name());
        assertTrue(s.entityId().isEmpty());
        assertTrue(s.unresolved());
    }

    @Test
    void itIsTheOneOrganisationAtHand() {
        Speaker s = speakerOf("Greenpeace criticised the plan on Monday. \"We will fight it in court,\" it said.",
                "We will fight it in court");
        assertEquals("Greenpeace", s.name());
        assertFalse(s.unresolved());
    }

    @Test
    void itWithTwoOrganisationsAtHandStaysUnresolved() {
        Speaker s = speakerOf("Greenpeace and Amnesty International criticised the plan on Monday. "
                + "\"We will fight it in court,\" it said.", "We will fight it in court");
        assertEquals("it", s.name());
        assertTrue(s.unresolved());
    }

    @Test
    void theyAreMostOftenPeopleSoTheyStayUnresolved() {
        Speaker s = speakerOf("Greenpeace criticised the plan on Monday. \"We will fight it in court,\" they said.",
                "We will fight it in court");
        assertEquals("they", s.name());
        assertTrue(s.unresolved());
    }

    @Test
    void heIsTheSpeakerBeforeNotAManHeSpokeAbout() {
        Speaker s = speakerOf("Peter Holm said the plan was a poor one for a farmer like John Berg. "
                + "\"It will not work,\" he said.", "It will not work");
        assertEquals("Peter Holm", s.name());
    }

    @Test
    void aNameInsideTheQuoteIsNotItsSpeaker() {
        Speaker s = speakerOf("Peter Holm arrived late on Monday. \"We have to talk to John Berg first,\" he said.",
                "We have to talk to John Berg first");
        assertEquals("Peter Holm", s.name());
    }

    @Test
    void theMinistryIsTheOnlyMinistryOfTheArticle() {
        Speaker s = speakerOf("The Transport Ministry published the figures on Monday. Rail traffic fell by a third, "
                + "the ministry said.", "Rail traffic fell");
        assertEquals("Transport Ministry", s.name());
        assertFalse(s.unresolved());
    }

    @Test
    void theMinistryWithTwoMinistriesAtHandStaysUnresolved() {
        Speaker s = speakerOf("The Transport Ministry and the Finance Ministry published the figures on Monday. "
                + "Rail traffic fell by a third, the ministry said.", "Rail traffic fell");
        assertEquals("the ministry", s.name());
        assertTrue(s.unresolved());
    }

    @Test
    void unnamedOfficialsAreUnresolved() {
        Speaker s = speakerOf("Anna Berg left early. The talks resume on Friday, officials said.", "The talks resume");
        assertEquals("officials", s.name());
        assertTrue(s.unresolved());
    }

    @Test
    void aNamedSpeakerIsNeverUnresolved() {
        Speaker s = speakerOf("\"The talks are over,\" Anna Berg told reporters.", "The talks are over");
        assertEquals("Anna Berg", s.name());
        assertFalse(s.unresolved());
    }

    @Test
    void aQuoteOfSeveralParagraphsLooksBackFromItsOpening() {
        String text = "\"The country wants stability,\" Peter Holm said on Monday.\n\n"
                + "\"We will now press ahead with the budget. We will cut the deficit within two years.\n\n"
                + "\"And we will do it without raising taxes,\" he said.";
        Speaker s = speakerOf(text, "We will now press ahead");
        assertEquals("Peter Holm", s.name());
    }
}
