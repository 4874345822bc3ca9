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

import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Event;
import org.herald.model.Article;
import org.herald.store.Days;
import org.herald.store.EntityKeys;
import org.herald.store.StoredArticle;

/**
 * One stored article as OpenSearch documents: the article (its analysis JSON and original kept in {@code _source},
 * not indexed) and one document per event, which copies the article's title and day so an event hit needs no
 * second lookup. Field names are those of {@link Mappings}.
 */
final class Documents {
    private final EntityKeys keys;

    Documents(EntityKeys keys) {
        this.keys = keys;
    }

    record Block(Map<String, Object> article, List<Map<String, Object>> events) {}

    Block block(StoredArticle stored) {
        Analysis analysis = stored.analysis();
        Article article = analysis.article();
        Optional<LocalDate> day = article.published().flatMap(Days::day);
        Map<String, String> storeIds = new LinkedHashMap<>();
        for (Entity e : analysis.entities()) storeIds.put(e.id(), keys.key(e.type(), e.name()));

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", stored.id());
        article.title().ifPresent(t -> doc.put("title", t));
        article.summary().ifPresent(s -> doc.put("summary", s));
        doc.put("body", article.body());
        article.site().ifPresent(s -> {
            doc.put("site", s.toLowerCase(Locale.ROOT));
            doc.put("site_name", s);
        });
        article.url().ifPresent(u -> doc.put("url", u));
        article.published().ifPresent(p -> doc.put("published", p));
        day.ifPresent(d -> doc.put("day", d.toString()));
        Set<String> entities = new LinkedHashSet<>(storeIds.values());
        doc.put("entities", List.copyOf(entities));
        doc.put("analysis_json", stored.analysisJson());
        stored.original().ifPresent(b -> doc.put("original", Base64.getEncoder().encodeToString(b)));
        doc.put("ingested", stored.ingested().toEpochMilli());
        doc.put("event_count", analysis.events().size());

        List<Map<String, Object>> events = new ArrayList<>();
        String body = article.body();
        for (int i = 0; i < analysis.events().size(); i++) {
            Event event = analysis.events().get(i);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("article_id", stored.id());
            article.title().ifPresent(t -> e.put("article_title", t));
            article.published().ifPresent(p -> e.put("published", p));
            e.put("seq", i);
            actor(e, "source", event.source(), storeIds);
            event.target().ifPresent(t -> actor(e, "target", t, storeIds));
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
        return new Block(doc, events);
    }

    private static void actor(Map<String, Object> doc, String role, Actor actor, Map<String, String> storeIds) {
        doc.put(role + "_name", actor.name());
        doc.put(role + "_code", actor.code());
        actor.entityId().map(storeIds::get).ifPresent(id -> doc.put(role + "_entity", id));
    }
}
