package org.herald.nlp;

import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.quote.QuoteFinder;
import org.herald.nlp.time.TimeResolver;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.HeraldException;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ChunkedParser;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.TextParser;

/**
 * The understanding stage: parse the body, then find entities, resolve dates against the publication date,
 * find quotes with their speakers and, when an event coder is wired in, code events. Thread-safe when the parser and stages are (all of Herald's are), so one
 * instance serves a batch on every core.
 *
 * <pre>{@code
 * Analyzer analyzer = new Analyzer(CoreNlpParser.defaults(), stages, AnalyzeSettings.defaults());
 * Analysis a = analyzer.analyze(article);
 * }</pre>
 */
public final class Analyzer {
    private final TextParser parser;
    private final Stages stages;
    private final AnalyzeSettings settings;

    /**
     * The stages that run after parsing, in this order.
     */
    public record Stages(EntityStage entities, TimeStage dates, QuoteStage quotes, EventStage events) {
        private static final EventStage NO_EVENTS = (text, entities, dates, quotes, reference) -> List.of();

        public Stages {
            Objects.requireNonNull(entities, "entities");
            Objects.requireNonNull(dates, "dates");
            Objects.requireNonNull(quotes, "quotes");
            Objects.requireNonNull(events, "events");
        }

        /** Stages without event coding. */
        public Stages(EntityStage entities, TimeStage dates, QuoteStage quotes) {
            this(entities, dates, quotes, NO_EVENTS);
        }

        /**
         * Herald's own stages of this module: {@link EntityFinder}, {@link TimeResolver} for English,
         * {@link QuoteFinder}; no events (they live in herald-events: see {@link #withEvents}).
         */
        public static Stages standard() {
            EntityFinder entities = new EntityFinder();
            TimeResolver dates = TimeResolver.english();
            QuoteFinder quotes = new QuoteFinder();
            return new Stages(entities, dates::resolve, quotes::find);
        }

        /** These stages with an event coder after them. */
        public Stages withEvents(EventStage coder) {
            return new Stages(entities, dates, quotes, coder);
        }

        /** Stages that find nothing: parsing alone, for measuring the parser or before the real stages are wired. */
        public static Stages none() {
            return new Stages(text -> List.of(), (text, reference) -> List.of(), (text, entities) -> List.of());
        }
    }

    public Analyzer(TextParser parser, Stages stages, AnalyzeSettings settings) {
        Objects.requireNonNull(parser, "parser");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.parser = new ChunkedParser(parser, settings.chunkChars());
    }

    /**
     * Analyses one article, all stages or nothing.
     *
     * @throws HeraldException {@code TOO_LARGE} for a body over {@link AnalyzeSettings#maxBodyChars()},
     *                         {@code STAGE_FAILED} when any stage throws
     */
    public Analysis analyze(Article article) {
        Outcome<Analysis> outcome = process(article);
        if (outcome instanceof Outcome.Failed<Analysis> f) {
            throw new HeraldException(f.reason(), f.detail());
        }
        Outcome.Ok<Analysis> ok = (Outcome.Ok<Analysis>) outcome;
        Optional<Warning> stageFailure = ok.warnings().stream().filter(w -> w.code().endsWith("_failed")).findFirst();
        if (stageFailure.isPresent()) {
            throw new HeraldException(Reason.STAGE_FAILED, stageFailure.get().message());
        }
        return ok.value();
    }

    /** Passes an extraction failure through unchanged, else {@link #process(Article)}. Never throws. */
    public Outcome<Analysis> process(Outcome<Article> extracted) {
        if (extracted instanceof Outcome.Failed<Article> f) {
            return Outcome.failed(f.source(), f.reason(), f.detail());
        }
        Outcome.Ok<Article> ok = (Outcome.Ok<Article>) extracted;
        Outcome<Analysis> analysed = process(ok.value());
        if (analysed instanceof Outcome.Ok<Analysis> a && !ok.warnings().isEmpty()) {
            List<Warning> all = new ArrayList<>(ok.warnings());
            all.addAll(a.warnings());
            return Outcome.ok(a.source(), a.value(), all);
        }
        return analysed;
    }

    /**
     * Analyses one article for a batch. Never throws: a body that is too large or cannot be parsed fails the
     * document; a later stage that throws leaves its part empty and adds a warning ({@code entities_failed},
     * {@code dates_failed}, {@code quotes_failed}), so the document keeps what the other stages found. An article
     * with no (readable) publication date gets a {@code published_missing} (or {@code published_unreadable}) warning,
     * keeps only the dates its text gives absolutely ("in 1967", "24 February 2022"; not "on Monday") and its events
     * have no date unless their sentence gives one: never the day of the run. An
     * article whose language is known and not English gets an empty analysis and a
     * {@code language_not_supported} warning.
     */
    public Outcome<Analysis> process(Article article) {
        String source = article.source();
        String body = article.body();
        if (body.length() > settings.maxBodyChars()) {
            return Outcome.failed(source, Reason.TOO_LARGE, "body of " + body.length()
                    + " characters, over the analysis limit of " + settings.maxBodyChars());
        }
        List<Warning> warnings = new ArrayList<>();
        // English models on Japanese or German text yield confident nonsense: better no facts than wrong ones.
        if (article.language().isPresent() && !article.language().get().startsWith("en")) {
            warnings.add(new Warning("language_not_supported", "understanding needs English; the article is in '"
                    + article.language().get() + "', so no entities, dates or quotes were looked for"));
            return Outcome.ok(source, new Analysis(article, List.of(), List.of(), List.of()), warnings);
        }
        ParsedText text;
        try {
            text = parser.parse(body);
        } catch (RuntimeException | StackOverflowError e) {
            return Outcome.failed(source, Reason.STAGE_FAILED, "parse: " + e);
        }
        // A batch that abandoned this document over its time budget interrupts the thread: stop between stages
        // rather than spend the core on a result nobody reads.
        if (Thread.currentThread().isInterrupted()) return overBudget(source, "parse");
        Optional<LocalDate> published = published(article, warnings).map(p -> textDay(article, p, warnings));
        List<Entity> entities = run("entities", () -> published.map(d -> stages.entities().find(text, d))
                .orElseGet(() -> stages.entities().find(text)), warnings);
        List<TimeExpression> dates = run("dates", () -> published.map(d -> stages.dates().resolve(text, d))
                .orElseGet(() -> absoluteDates(text)), warnings);
        if (Thread.currentThread().isInterrupted()) return overBudget(source, "dates");
        List<Quote> quotes = run("quotes", () -> stages.quotes().find(text, entities), warnings);
        if (Thread.currentThread().isInterrupted()) return overBudget(source, "quotes");
        List<Event> events = run("events", () -> stages.events().code(text, entities, dates, quotes, published),
                warnings);
        return Outcome.ok(source, new Analysis(article, entities, dates, quotes, events), warnings);
    }

    private static Outcome<Analysis> overBudget(String source, String after) {
        return Outcome.failed(source, Reason.TIMEOUT, "stopped after " + after + ": over the document's time budget");
    }

    /** The publication date ("2024-03-04" or a date-time starting so); empty, with a warning, when none or unreadable. */
    static Optional<LocalDate> published(Article article, List<Warning> warnings) {
        if (article.published().isEmpty()) {
            warnings.add(new Warning("published_missing",
                    "the article has no publication date; its events carry only dates their sentences give"));
            return Optional.empty();
        }
        String published = article.published().get();
        try {
            return Optional.of(LocalDate.parse(published.length() > 10 ? published.substring(0, 10) : published));
        } catch (DateTimeException e) {
            warnings.add(new Warning("published_unreadable", "publication date '" + published
                    + "' is not an ISO date; its events carry only dates their sentences give"));
            return Optional.empty();
        }
    }

    /** How long after its first publication a page's update makes it a text of the update's day. */
    static final int REWRITE_DAYS = 30;

    /**
     * The day the text speaks from, which its relative dates ("late February", "last week") and undated events take:
     * the publication day, or the day it was modified when that is more than {@link #REWRITE_DAYS} later. An
     * explainer first published in 2012 and rewritten in 2026 says "in late February" of 2026 (a BBC page of the
     * Fundus dev set dated an attack of 2026 to 2012-02); a correction a few days later changes no reference.
     */
    static LocalDate textDay(Article article, LocalDate published, List<Warning> warnings) {
        Optional<LocalDate> modified = article.modified().flatMap(Analyzer::day);
        if (modified.isEmpty() || !modified.get().isAfter(published.plusDays(REWRITE_DAYS))) return published;
        warnings.add(new Warning("published_long_before_update", "first published " + published + ", modified "
                + modified.get() + ": its relative dates and undated events take the modified day"));
        return modified.get();
    }

    private static Optional<LocalDate> day(String isoDate) {
        try {
            return Optional.of(LocalDate.parse(isoDate.length() > 10 ? isoDate.substring(0, 10) : isoDate));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // With no publication date, "on Monday" or "last week" cannot be resolved, but "in 1967" can. The time stage
    // needs a reference, so it resolves against two far apart: what comes out the same under both does not depend
    // on the reference, and is kept; the rest is dropped.
    private List<TimeExpression> absoluteDates(ParsedText text) {
        List<TimeExpression> one = stages.dates().resolve(text, ANCHOR_ONE);
        List<TimeExpression> two = stages.dates().resolve(text, ANCHOR_TWO);
        return one.stream().filter(two::contains).toList();
    }

    private static final LocalDate ANCHOR_ONE = LocalDate.of(1901, 2, 11);
    private static final LocalDate ANCHOR_TWO = LocalDate.of(2087, 9, 23);

    private interface Step<T> {
        List<T> run();
    }

    private static <T> List<T> run(String stage, Step<T> step, List<Warning> warnings) {
        try {
            List<T> found = step.run();
            return found == null ? List.of() : found;
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(new Warning(stage + "_failed", stage + ": " + e));
            return List.of();
        }
    }
}
