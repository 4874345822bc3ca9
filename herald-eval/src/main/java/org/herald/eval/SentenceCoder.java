package org.herald.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.events.coding.CameoCoder;
import org.herald.events.confidence.EventFeatures;
import org.herald.extract.ArticleExtractor;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.nlp.Analyzer;

/**
 * Runs one loaded pipeline on the texts of a suite and keeps each result, so a sentence that two suites of a run
 * share (the ConfliBERT class and span files overlap on 935 sentences) is parsed once. The events scored are those
 * {@link EventEval} scores: negated events and acts restated from an intention are left out.
 */
final class SentenceCoder {
    private final Analyzer analyzer;
    private final ArticleExtractor extractor;
    private final Map<String, Coded> done = new HashMap<>();

    SentenceCoder(Analyzer analyzer, ArticleExtractor extractor) {
        this.analyzer = analyzer;
        this.extractor = extractor;
    }

    /** The coded text; a text the pipeline refuses comes back with no events. */
    Coded code(String text) {
        return done.computeIfAbsent(text, this::run);
    }

    private Coded run(String text) {
        Outcome<Article> article = extractor.fromCleanText("suite", text, Optional.empty());
        if (!(article instanceof Outcome.Ok<Article> ok)) return new Coded(text, List.of(), List.of());
        Article a = Article.builder("suite").paragraphs(ok.value().paragraphs())
                .language("en").build();
        Outcome<Analysis> analysed = analyzer.process(a);
        if (!(analysed instanceof Outcome.Ok<Analysis> r)) return new Coded(a.body(), List.of(), List.of());
        List<Event> all = r.value().events();
        List<Event> events = all.stream().filter(e -> e.mode() != EventMode.NEGATED)
                .filter(e -> !CameoCoder.isRestatedAct(e)).toList();
        // The features are read among all the text's events, as the coder reads them when it scores confidence.
        List<List<String>> features = events.stream()
                .map(e -> EventFeatures.of(e, a.body(), all, r.value().quotes())).toList();
        return new Coded(a.body(), events, r.value().entities(), features);
    }

    /**
     * A text as the pipeline saw it ({@code body}, which all spans index) with its scored events and, for each, its
     * {@link EventFeatures} (empty lists when the caller built the text's events itself).
     */
    record Coded(String body, List<Event> events, List<Entity> entities, List<List<String>> features) {
        Coded {
            events = List.copyOf(events);
            features = List.copyOf(features);
            if (features.size() != events.size()) throw new IllegalArgumentException("one feature list per event");
        }

        Coded(String body, List<Event> events, List<Entity> entities) {
            this(body, events, entities, events.stream().map(e -> List.<String>of()).toList());
        }

        /**
         * Where an event's actor is named: the mentions of its entity in the event's sentence (each is the actor,
         * "Lavrov" or "he"), else the occurrences of its name ("the police" has no entity), looked for first within
         * the event's own words (source to target), then in the sentence, so a name said twice is taken where the
         * event is. Empty when it is not found.
         */
        List<Span> spans(Event event, Actor actor) {
            List<Span> mentions = mentions(actor, event.sentence());
            if (!mentions.isEmpty()) return mentions;
            for (Span within : List.of(event.span(), event.sentence())) {
                List<Span> names = occurrences(actor.name().strip(), within);
                if (!names.isEmpty()) return names;
            }
            return List.of();
        }

        private List<Span> mentions(Actor actor, Span within) {
            return actor.entityIn(entities).map(entity -> entity.mentions().stream().map(m -> m.span()).filter(within::contains).toList())
                    .orElse(List.of());
        }

        private List<Span> occurrences(String name, Span within) {
            List<Span> spans = new ArrayList<>();
            if (name.isEmpty()) return spans;
            for (int at = within.start(); at + name.length() <= within.end(); at++) {
                if (body.regionMatches(true, at, name, 0, name.length())) spans.add(new Span(at, at + name.length()));
            }
            return spans;
        }

        /** Whether the actor is named somewhere inside {@code gold}. */
        boolean names(Event event, Actor actor, Span gold) {
            return spans(event, actor).stream().anyMatch(gold::overlaps);
        }
    }
}
