package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.herald.model.Article;
import org.herald.model.Evidence;
import org.herald.model.HeraldException;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.Span;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.WordParser;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    // Sample text written for Herald.
    private static final Article ARTICLE = Article.builder("ferry.txt").published("2024-03-06T09:30:00Z", false)
            .paragraphs(List.of("Mayor Ines Roth said the ferry would run at night.", "It starts on Monday."))
            .build();

    private static Entity roth() {
        return new Entity("e1", "Ines Roth", EntityType.PERSON, Optional.of("Mayor"), Optional.empty(),
                List.of(new Mention(new Span(6, 15), "Ines Roth")));
    }

    private static Analyzer analyzer(Analyzer.Stages stages) {
        return new Analyzer(new WordParser(), stages, AnalyzeSettings.defaults());
    }

    @Test
    void runsTheStagesInOrderWithThePublicationDateAsReference() {
        AtomicReference<LocalDate> reference = new AtomicReference<>();
        AtomicReference<List<Entity>> entitiesSeenByQuotes = new AtomicReference<>();
        Analysis a = analyzer(new Analyzer.Stages(text -> List.of(roth()),
                (text, ref) -> {
                    reference.set(ref);
                    return List.of(new TimeExpression(new Span(67, 73), "Monday", "2024-03-04", new Evidence("t", "r")));
                },
                (text, entities) -> {
                    entitiesSeenByQuotes.set(entities);
                    return List.of();
                })).analyze(ARTICLE);
        assertEquals(LocalDate.of(2024, 3, 6), reference.get());
        assertEquals(List.of(roth()), entitiesSeenByQuotes.get());
        assertEquals(1, a.entities().size());
        assertEquals(1, a.dates().size());
        assertEquals(ARTICLE, a.article());
    }

    @Test
    void withoutAPublicationDateOnlyReferenceFreeDatesAreKeptAndEventsGetNoReference() {
        // A stand-in time stage: "1967" resolves to itself whatever the reference, "Monday" to the reference's day.
        Article undated = Article.builder("x").paragraphs(List.of("It began in 1967 and ends on Monday.")).build();
        AtomicReference<Optional<LocalDate>> eventsReference = new AtomicReference<>();
        Outcome.Ok<Analysis> ok = assertInstanceOfOk(analyzer(new Analyzer.Stages(text -> List.of(),
                (text, ref) -> List.of(
                        new TimeExpression(new Span(12, 16), "1967", "1967", new Evidence("t", "year")),
                        new TimeExpression(new Span(29, 35), "Monday", ref.toString(), new Evidence("t", "weekday"))),
                (text, e) -> List.of(),
                (text, entities, dates, quotes, published) -> {
                    eventsReference.set(published);
                    return List.of();
                })).process(undated));
        assertEquals(List.of("1967"), ok.value().dates().stream().map(TimeExpression::value).toList());
        assertEquals(Optional.empty(), eventsReference.get());
        assertEquals("published_missing", ok.warnings().get(0).code());
    }

    @Test
    void aPageRewrittenLongAfterItsFirstPublicationSpeaksFromItsUpdate() {
        AtomicReference<LocalDate> reference = new AtomicReference<>();
        Analyzer analyzer = analyzer(new Analyzer.Stages(text -> List.of(), (text, ref) -> {
            reference.set(ref);
            return List.of();
        }, (text, entities) -> List.of()));
        Article rewritten = Article.builder("explainer.html").published("2012-05-10T14:29:05Z", false)
                .modified("2026-04-24T11:16:53Z").paragraphs(List.of("The allies met in late February.")).build();
        Outcome.Ok<Analysis> ok = assertInstanceOfOk(analyzer.process(rewritten));
        assertEquals(LocalDate.of(2026, 4, 24), reference.get());
        assertEquals("published_long_before_update", ok.warnings().get(0).code());
        // a correction days later keeps the publication day
        Article corrected = Article.builder("news.html").published("2024-03-06", false).modified("2024-03-09")
                .paragraphs(List.of("The allies met on Monday.")).build();
        Outcome.Ok<Analysis> same = assertInstanceOfOk(analyzer.process(corrected));
        assertEquals(LocalDate.of(2024, 3, 6), reference.get());
        assertTrue(same.warnings().isEmpty());
    }

    @Test
    void aFailingStageBecomesAWarningAndTheOthersStillRun() {
        Analyzer analyzer = analyzer(new Analyzer.Stages(text -> List.of(roth()),
                (text, ref) -> {
                    throw new IllegalStateException("calendar broke");
                },
                (text, entities) -> List.of()));
        Outcome<Analysis> outcome = analyzer.process(ARTICLE);
        Outcome.Ok<Analysis> ok = assertInstanceOfOk(outcome);
        assertEquals(1, ok.value().entities().size());
        assertEquals("dates_failed", ok.warnings().get(0).code());
        assertTrue(ok.warnings().get(0).message().contains("calendar broke"));
        HeraldException e = assertThrows(HeraldException.class, () -> analyzer.analyze(ARTICLE));
        assertEquals(Reason.STAGE_FAILED, e.reason());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndExtractionFailuresPassThrough() {
        Analyzer small = new Analyzer(new WordParser(), Analyzer.Stages.none(),
                new AnalyzeSettings(1_000, 1_000));
        Article big = Article.builder("big").paragraphs(List.of("word ".repeat(300))).build();
        Outcome<Analysis> outcome = small.process(big);
        assertEquals(Reason.TOO_LARGE, ((Outcome.Failed<Analysis>) outcome).reason());
        assertEquals(Reason.TOO_LARGE, assertThrows(HeraldException.class, () -> small.analyze(big)).reason());
        Outcome<Analysis> passed = small.process(Outcome.<Article>failed("p.html", Reason.NO_MAIN_TEXT, "none"));
        assertEquals(Reason.NO_MAIN_TEXT, ((Outcome.Failed<Analysis>) passed).reason());
    }

    @Test
    void aParserFailureFailsOnlyThatDocument() {
        Analyzer analyzer = new Analyzer(text -> {
            if (text.contains("poison")) throw new IllegalArgumentException("bad token");
            return new WordParser().parse(text);
        }, Analyzer.Stages.none(), AnalyzeSettings.defaults());
        Article bad = Article.builder("bad").paragraphs(List.of("poison")).build();
        assertEquals(Reason.STAGE_FAILED, ((Outcome.Failed<Analysis>) analyzer.process(bad)).reason());
        assertInstanceOfOk(analyzer.process(ARTICLE));
    }

    @Test
    void anArticleInAnotherLanguageIsNotParsedButKept() {
        Analyzer analyzer = new Analyzer(text -> {
            throw new AssertionError("English models must not see German text");
        }, Analyzer.Stages.none(), AnalyzeSettings.defaults());
        Article german = Article.builder("de").language("de").paragraphs(List.of("Die Fähre fährt nachts.")).build();
        Outcome.Ok<Analysis> ok = assertInstanceOfOk(analyzer.process(german));
        assertEquals("language_not_supported", ok.warnings().get(0).code());
        assertTrue(ok.value().entities().isEmpty());
        Article english = Article.builder("en").language("en").paragraphs(List.of("The ferry runs at night.")).build();
        assertInstanceOfOk(analyzer(Analyzer.Stages.none()).process(english));
    }

    @Test
    void twoThreadsGetTheSameAnswersAsOne() throws Exception {
        Analyzer analyzer = analyzer(new Analyzer.Stages(text -> List.of(roth()), (t, r) -> List.of(),
                (t, e) -> List.of()));
        Analysis expected = analyzer.analyze(ARTICLE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) futures.add(pool.submit(() -> analyzer.analyze(ARTICLE)));
            for (Future<Analysis> f : futures) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome.Ok<Analysis> assertInstanceOfOk(Outcome<Analysis> outcome) {
        assertTrue(outcome instanceof Outcome.Ok<Analysis>, outcome.toString());
        return (Outcome.Ok<Analysis>) outcome;
    }
}
