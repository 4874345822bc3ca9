package org.herald.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.herald.model.Article;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Quote;
import org.herald.store.Days;
import org.herald.store.EntityKeys;
import org.herald.model.Lead;
import org.herald.store.StoredArticle;
import org.herald.store.entities.EntityResolver;
import org.herald.store.entities.NameTerm;
import org.herald.store.entities.ResolvedEntity;
import org.herald.stories.StoryPlacement;

/**
 * One stored article as OpenSearch documents: the article (its analysis JSON and original kept in {@code _source},
 * not indexed, and its story), one document per event, per quote and per store entity (entities of the article
 * with the same store id, "U.S." and "US", are one, keeping both names as aliases), as the Lucene store writes its
 * block. Events and quotes copy the article's title and day so a hit needs no second lookup. Field names are those
 * of {@link Mappings}.
 */
final class Documents {
    /** Story terms longer than this (a run of digits) are not indexed, as in the Lucene store: none helps. */
    static final int MAX_TERM_CHARS = 64;
    /** A story's stored sum keeps this many of its heaviest words and anchors, as the Lucene store's does. */
    static final int SUM_TERMS = 300;

    private final EntityKeys keys;

    Documents(EntityKeys keys) {
        this.keys = keys;
    }

    /** The article's documents; entities and quotes by their ids within the article. */
    record Block(Map<String, Object> article, List<Map<String, Object>> events, Map<String, Map<String, Object>> entities,
                 List<Map<String, Object>> quotes) {}

    /**
     * The article's documents, with its story and the store entity of each of its entities ({@link EntityResolver},
     * as the Lucene store resolves them; an entity missing there keeps {@link EntityKeys#key}).
     */
    Block block(StoredArticle stored, StoryPlacement story, Map<String, ResolvedEntity> resolved) {
        Analysis analysis = stored.analysis();
        Article article = analysis.article();
        Optional<LocalDate> day = article.published().flatMap(Days::day);
        Optional<Long> time = article.published().flatMap(Days::epochSecond);
        Map<String, String> storeIds = new LinkedHashMap<>();
        Map<String, Merged> merged = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) {
            ResolvedEntity r = resolved.getOrDefault(e.id(), new ResolvedEntity(keys.key(e.type(), e.name()),
                    EntityKeys.typeKey(e.type()), e.name(), Optional.empty(), Optional.empty()));
            storeIds.put(e.id(), r.key());
            merged.computeIfAbsent(r.key(), k -> new Merged(r)).add(e, r);
        }

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", stored.id());
        article.title().ifPresent(t -> doc.put("title", t));
        article.summary().ifPresent(s -> doc.put("summary", s));
        doc.put("body", article.body());
        doc.put("source", article.site().map(s -> s.toLowerCase(Locale.ROOT)).orElse(stored.id()));
        article.site().ifPresent(s -> {
            doc.put("site", s.toLowerCase(Locale.ROOT));
            doc.put("site_name", s);
        });
        article.url().ifPresent(u -> doc.put("url", u));
        common(doc, article, day, time);
        doc.put("entities", List.copyOf(merged.keySet()));
        doc.put("analysis_json", stored.analysisJson());
        stored.original().ifPresent(b -> doc.put("original", Base64.getEncoder().encodeToString(b)));
        doc.put("ingested", stored.ingested().toEpochMilli());
        doc.put("event_count", analysis.events().size());
        doc.put("quote_count", analysis.quotes().size());
        story(doc, story);

        Map<String, Map<String, Object>> entities = new LinkedHashMap<>();
        for (Merged m : merged.values()) entities.put(m.key, m.document(stored.id(), day));

        List<Map<String, Object>> quotes = new ArrayList<>();
        String body = article.body();
        for (int i = 0; i < analysis.quotes().size(); i++) {
            Quote quote = analysis.quotes().get(i);
            Map<String, Object> q = new LinkedHashMap<>();
            q.put("article_id", stored.id());
            article.title().ifPresent(t -> q.put("article_title", t));
            common(q, article, day, time);
            q.put("seq", i);
            q.put("text", quote.content().of(body));
            q.put("type", quote.type().name());
            quote.speaker().ifPresent(s -> {
                q.put("speaker_name", s.name());
                s.entityId().map(storeIds::get).ifPresent(id -> q.put("speaker_entity", id));
            });
            quotes.add(q);
        }

        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < analysis.events().size(); i++) {
            Event event = analysis.events().get(i);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("article_id", stored.id());
            article.title().ifPresent(t -> e.put("article_title", t));
            article.published().ifPresent(p -> e.put("published", p));
            time.ifPresent(t -> e.put("time", t));
            e.put("story_id", story.storyId());
            e.put("root", Lead.holds(article.paragraphs(), event.sentence()));
            e.put("seq", i);
            actor(e, "source", event.source(), storeIds);
            event.target().ifPresent(t -> actor(e, "target", t, storeIds));
            String source = event.source().code();
            String target = event.target().map(Actor::code).orElse("");
            if (source.length() >= 3 && target.length() >= 3)
                e.put("dyad", source.substring(0, 3) + "\t" + target.substring(0, 3));
            e.put("cameo", event.cameo());
            e.put("plover", event.plover());
            e.put("plover_key", event.plover().toLowerCase(Locale.ROOT));
            e.put("goldstein", event.goldstein());
            e.put("quad", event.quadClass());
            e.put("mode", event.mode().name());
            e.put("confidence", event.confidence());
            Optional<LocalDate> eventDay = event.date().flatMap(Days::firstDay).or(() -> day);
            eventDay.ifPresent(d -> e.put("day", d.toString()));
            // "1967" stays "1967": the precision the text gave is kept for display.
            event.date().filter(d -> Days.firstDay(d).isPresent()).or(() -> day.map(LocalDate::toString))
                    .ifPresent(d -> e.put("event_date", d));
            event.location().ifPresent(p -> {
                e.put("location", p.name());
                p.country().ifPresent(c -> e.put("location_country", c));
            });
            e.put("sentence", event.sentence().of(body));
            e.put("trigger", event.trigger());
            e.put("rule", event.evidence().rule());
            events.add(e);
        }
        return new Block(doc, events, entities, quotes);
    }

    private static void common(Map<String, Object> doc, Article article, Optional<LocalDate> day,
                               Optional<Long> time) {
        article.published().ifPresent(p -> doc.put("published", p));
        day.ifPresent(d -> doc.put("day", d.toString()));
        time.ifPresent(t -> doc.put("time", t));
    }

    /** What later articles find this one's story by, and compare with it. */
    private static void story(Map<String, Object> doc, StoryPlacement story) {
        doc.put("story_id", story.storyId());
        story.duplicateOf().ifPresent(d -> doc.put("duplicate_of", d));
        doc.put("story_terms", story.terms().words().keySet().stream().filter(t -> t.length() <= MAX_TERM_CHARS)
                .toList());
        doc.put("story_sum", story.sum().encode(SUM_TERMS));
        doc.put("story_size", story.sum().articles());
        story.storyLast().ifPresent(t -> doc.put("story_last", t.toEpochMilli()));
        story.signature().ifPresent(sig -> {
            doc.put("signature", Base64.getEncoder().encodeToString(sig.toBytes()));
            if (story.original()) {
                List<String> bands = new ArrayList<>();
                for (long key : sig.bands()) bands.add(Long.toHexString(key));
                doc.put("duplicate_bands", bands);
            }
        });
    }

    private static void actor(Map<String, Object> doc, String role, Actor actor, Map<String, String> storeIds) {
        doc.put(role + "_name", actor.name());
        // An uncoded actor has the empty code; leaving it out keeps prefix queries from matching it.
        if (!actor.code().isEmpty()) doc.put(role + "_code", actor.code());
        actor.entityId().map(storeIds::get).ifPresent(id -> doc.put(role + "_entity", id));
    }

    /**
     * Article entities sharing a store id, as the Lucene store merges them: the longest name the resolver gave them,
     * every name written, their person name terms, the first title and country.
     */
    private static final class Merged {
        final String key;
        final String type;
        String name;
        final Set<String> aliases = new TreeSet<>();
        final Set<NameTerm> personNames = new LinkedHashSet<>();
        Optional<String> title = Optional.empty();
        Optional<String> country = Optional.empty();
        long mentions;

        Merged(ResolvedEntity first) {
            this.key = first.key();
            this.type = first.type();
            this.name = first.name();
        }

        void add(Entity e, ResolvedEntity r) {
            mentions += e.mentions().size();
            if (r.name().length() > name.length()) name = r.name();
            aliases.add(e.name());
            r.person().ifPresent(personNames::add);
            if (title.isEmpty()) title = e.title();
            if (country.isEmpty()) country = e.country().or(r::country);
        }

        Map<String, Object> document(String articleId, Optional<LocalDate> day) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("article_id", articleId);
            doc.put("entity_id", key);
            doc.put("type", type);
            Set<String> names = new LinkedHashSet<>();
            names.add(name);
            names.addAll(aliases);
            doc.put("names", List.copyOf(names));
            doc.put("canonical", name);
            doc.put("aliases", List.copyOf(aliases));
            if (!personNames.isEmpty()) doc.put("person_name", personNames.stream().map(NameTerm::term).toList());
            country.ifPresent(c -> doc.put("country", c));
            title.ifPresent(t -> doc.put("title", t));
            doc.put("mentions", mentions);
            day.ifPresent(d -> doc.put("day", d.toString()));
            return doc;
        }
    }
}
