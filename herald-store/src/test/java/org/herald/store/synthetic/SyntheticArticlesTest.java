package org.herald.store.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.json.AnalysisJson;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {
    private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    private final SyntheticArticles articles = new SyntheticArticles(7, 10, FIRST, 365);

    @Test
    void everyMentionQuoteAndEventSpanCoversItsTextInTheBody() {
        for (long n = 0; n < 200; n++) {
            Analysis a = articles.article(n);
            String body = a.article().body();
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    assertEquals(m.text(), m.span().of(body), "article " + n);
                }
            }
            for (Quote q : a.quotes()) {
                assertTrue(q.span().contains(q.content()), "article " + n);
                assertEquals(q.speaker().get().name(), q.speaker().get().span().of(body));
            }
            for (Event e : a.events()) {
                String sentence = e.sentence().of(body);
                assertTrue(sentence.contains(e.trigger()), sentence);
                assertTrue(sentence.endsWith("."), sentence);
                assertTrue(e.sentence().contains(e.span()));
            }
        }
    }

    @Test
    void articleNIsTheSameOnEveryCallAndDiffersFromItsNeighbour() {
        AnalysisJson json = new AnalysisJson();
        String first = json.toNode(articles.article(42), List.of(), Optional.empty()).toString();
        String again = json.toNode(new SyntheticArticles(7, 10, FIRST, 365).article(42), List.of(), Optional.empty())
                .toString();
        assertEquals(first, again);
        assertNotEquals(first, json.toNode(articles.article(43), List.of(), Optional.empty()).toString());
    }

    @Test
    void eventCountsAverageTheRequestedNumberAndDatesStayInRange() {
        long events = 0;
        for (long n = 0; n < 1000; n++) {
            Analysis a = articles.article(n);
            events += a.events().size();
            LocalDate day = LocalDate.parse(a.article().published().orElseThrow());
            assertFalse(day.isBefore(FIRST) || day.isAfter(FIRST.plusDays(364)), day.toString());
            assertTrue(a.events().stream().allMatch(e -> e.date().orElseThrow().equals(day.toString())));
        }
        double mean = events / 1000.0;
        assertTrue(mean > 9 && mean < 11, "mean events per article " + mean);
    }

    @Test
    void actorsArePeopleCodedByCountryAndSectorAgainstACountry() {
        Analysis a = articles.article(3);
        for (Event e : a.events()) {
            assertTrue(e.source().code().matches("[A-Z]{3}[A-Z]{3}"), e.source().code());
            assertTrue(e.target().orElseThrow().code().matches("[A-Z]{3}"), e.target().toString());
            assertTrue(e.quadClass() >= 1 && e.quadClass() <= 4);
        }
    }
}
