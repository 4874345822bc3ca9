package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.events.FullStages;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Event;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event dates through the whole analysis, real parser and date resolver, on sentences we wrote (issue 9). */
class EventDatesIT {
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = new Analyzer(CoreNlpParser.defaults(), FullStages.load(), AnalyzeSettings.defaults());
    }

    private static Outcome.Ok<Analysis> analyse(Optional<String> published, String text) {
        Article.Builder b = Article.builder("sample.txt").paragraphs(List.of(text));
        published.ifPresent(p -> b.published(p, false));
        return (Outcome.Ok<Analysis>) analyzer.process(b.build());
    }

    private static Event only(Outcome.Ok<Analysis> ok, String cameoPrefix) {
        List<Event> found = ok.value().events().stream().filter(e -> e.cameo().startsWith(cameoPrefix)).toList();
        assertEquals(1, found.size(), () -> "events: " + ok.value().events());
        return found.get(0);
    }

    @Test
    void anEventTakesTheYearItsSentenceGivesBeforeThePublicationDate() {
        Outcome.Ok<Analysis> ok = analyse(Optional.of("2019-11-19"), "Israel seized the territories in 1967.");
        assertFalse(ok.value().events().isEmpty());
        for (Event e : ok.value().events()) assertEquals(Optional.of("1967"), e.date(), e::toString);
    }

    @Test
    void anEventWithoutADateInItsSentenceTakesThePublicationDate() {
        Event e = only(analyse(Optional.of("2019-11-19"), "Israel attacked Egypt."), "19");
        assertEquals(Optional.of("2019-11-19"), e.date());
    }

    @Test
    void anUndatedArticleGivesItsEventsNoDateAndAWarning() {
        Outcome.Ok<Analysis> ok = analyse(Optional.empty(), "Russia attacked Ukraine on Monday.");
        Event e = only(ok, "19");
        assertEquals(Optional.empty(), e.date());
        assertTrue(ok.warnings().stream().map(Warning::code).anyMatch("published_missing"::equals));
        assertFalse(ok.value().dates().stream().anyMatch(t -> t.text().contains("Monday")));
    }

    @Test
    void anUndatedArticleStillDatesAnEventByTheYearItsSentenceGives() {
        Event e = only(analyse(Optional.empty(), "Israel attacked Egypt in 1967."), "19");
        assertEquals(Optional.of("1967"), e.date());
    }

    @Test
    void aDateInARelativeClauseDatesThatClauseNotTheEvent() {
        Event e = only(analyse(Optional.of("2019-11-19"),
                "Jordan agreed to reopen the crossings that were closed in 2015."), "03");
        assertEquals(Optional.of("2019-11-19"), e.date());
    }

    @Test
    void aDeadlineBoundsTheActItDoesNotDateIt() {
        Outcome.Ok<Analysis> ok = analyse(Optional.of("2019-11-19"), "France will ban diesel cars by 2040.");
        assertFalse(ok.value().events().isEmpty());
        for (Event e : ok.value().events()) assertEquals(Optional.of("2019-11-19"), e.date(), e::toString);
    }

    @Test
    void aYearBeforeAnEventNounDatesThatEvent() {
        Event e = only(analyse(Optional.of("2024-05-01"), "Russia's 2022 invasion of Ukraine killed thousands."), "19");
        assertEquals(Optional.of("2022"), e.date());
    }

    @Test
    void anEventInAWhenClauseOnATimeHappenedThenWhateverBoundsTheTime() {
        Event e = only(analyse(Optional.of("2024-05-07"),
                "The building served as the group's headquarters until 2013, when Pakistan banned it."), "17");
        assertEquals(Optional.of("2013"), e.date());
    }

    @Test
    void aRangeDatesTheEventByItsStart() {
        Event e = only(analyse(Optional.of("2024-11-18"), "Finland fought the Soviet Union between 1939 and 1945."),
                "19");
        assertEquals(Optional.of("1939"), e.date());
    }

    @Test
    void aDecadeIsKeptAtItsOwnPrecision() {
        Event e = only(analyse(Optional.of("2026-01-06"), "Venezuela nationalized the oil industry in the 1970s."),
                "17");
        assertEquals(Optional.of("197X"), e.date());
    }

    @Test
    void aTimeCountedFromAnotherEventGivesNoDateNotThePublicationDay() {
        Event e = only(analyse(Optional.of("2024-05-07"), "The previous year, rebels attacked the capital."), "19");
        assertEquals(Optional.empty(), e.date());
    }

    @Test
    void anEventThatATimeIsCountedFromIsNotDatedByIt() {
        Event e = only(analyse(Optional.of("2024-05-07"),
                "In April 2022, two months after Russia's invasion of Ukraine, the university moved again."), "19");
        assertEquals(Optional.of("2024-05-07"), e.date());
    }

    @Test
    void aTimeOnTheReportDatesTheReportedEvent() {
        Event e = only(analyse(Optional.of("2024-05-07"),
                "On Wednesday, officials said Pakistan had launched strikes on India."), "19");
        assertEquals(Optional.of("2024-05-01"), e.date());
    }

    @Test
    void aTimeInAnotherClauseOfTheSentenceDoesNotDateTheEvent() {
        Event e = only(analyse(Optional.of("2024-05-07"),
                "Hamas attacked the town, which the army had seized in 1967."), "19");
        assertEquals(Optional.of("2024-05-07"), e.date());
    }

    @Test
    void theConjunctsOfAWhenClauseShareItsTime() {
        Outcome.Ok<Analysis> ok = analyse(Optional.of("2024-05-07"),
                "The building was a school until 2013, when the army closed it and arrested the teachers.");
        Event e = only(ok, "173");
        assertEquals(Optional.of("2013"), e.date());
    }
}
