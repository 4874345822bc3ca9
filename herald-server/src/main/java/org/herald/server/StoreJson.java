package org.herald.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.events.cameo.CameoCode;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.analysis.Place;
import org.herald.store.ArticlePage;
import org.herald.store.ArticleStory;
import org.herald.store.EntityProfile;
import org.herald.store.EntitySearchPage;
import org.herald.store.EntitySummary;
import org.herald.store.EventPage;
import org.herald.store.Paging;
import org.herald.store.QuotePage;
import org.herald.store.StoryEvent;
import org.herald.store.StoryPage;
import org.herald.store.StoryProfile;
import org.herald.store.StorySummary;
import org.herald.store.TimelineBucket;
import org.herald.store.Trends;

/**
 * The API's JSON for the store's records: snake_case names, every documented field present (absent values as
 * {@code null}), written field by field so that renaming a record component cannot silently change the API.
 * {@code src/main/resources/org/herald/server/openapi.json} documents the same shapes.
 */
final class StoreJson {
    private final ObjectMapper mapper;
    private final CameoCodebook codebook;

    /** @param codebook gives each event's {@code cameo_name} ("112" → "Accuse") */
    StoreJson(ObjectMapper mapper, CameoCodebook codebook) {
        this.mapper = mapper;
        this.codebook = codebook;
    }

    ObjectNode articles(ArticlePage page) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        put(o, "cursor", page.next());
        ArrayNode hits = o.putArray("articles");
        for (ArticlePage.Hit h : page.articles()) article(hits.addObject(), h);
        ObjectNode facets = o.putObject("facets");
        counts(facets.putArray("sites"), page.facets().sites());
        counts(facets.putArray("entities"), page.facets().entities());
        counts(facets.putArray("months"), page.facets().months());
        return o;
    }

    /** One article hit as a page lists it: a line of the JSON Lines download. */
    ObjectNode article(ArticlePage.Hit h) {
        ObjectNode a = mapper.createObjectNode();
        article(a, h);
        return a;
    }

    private static void article(ObjectNode a, ArticlePage.Hit h) {
        a.put("id", h.id());
        put(a, "title", h.title());
        put(a, "published", h.published());
        put(a, "site", h.site());
        put(a, "url", h.url());
        put(a, "summary", h.summary());
        put(a, "story", h.story());
        put(a, "duplicate_of", h.duplicateOf());
    }

    /** One quote hit as a page lists it. */
    ObjectNode quote(QuotePage.Hit q) {
        ObjectNode o = mapper.createObjectNode();
        quote(o, q);
        return o;
    }

    /** One event hit as a page lists it. */
    ObjectNode event(EventPage.Hit e) {
        ObjectNode o = mapper.createObjectNode();
        event(o, e);
        return o;
    }

    /** One entity as the list gives it. */
    ObjectNode entity(EntitySummary e) {
        ObjectNode o = mapper.createObjectNode();
        summary(o, e);
        return o;
    }

    ObjectNode entities(EntitySearchPage page, int offset) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        o.put("offset", offset);
        ArrayNode list = o.putArray("entities");
        page.entities().forEach(e -> summary(list.addObject(), e));
        return o;
    }

    ObjectNode entity(EntityProfile p) {
        ObjectNode o = mapper.createObjectNode();
        summary(o, p.summary());
        ArrayNode titles = o.putArray("titles");
        p.titles().forEach(titles::add);
        ArrayNode roles = o.putArray("roles");
        for (EntityProfile.Role r : p.roles()) {
            ObjectNode n = roles.addObject().put("title", r.title());
            put(n, "first_seen", r.firstSeen().map(LocalDate::toString));
            put(n, "last_seen", r.lastSeen().map(LocalDate::toString));
            n.put("articles", r.articles());
        }
        ArrayNode aliases = o.putArray("aliases");
        p.aliases().forEach(a -> aliases.addObject().put("name", a.name()).put("articles", a.articles()));
        ArrayNode articles = o.putArray("recent_articles");
        p.articles().forEach(a -> article(articles.addObject(), a));
        ArrayNode timeline = o.putArray("timeline");
        p.timeline().forEach(d -> timeline.addObject().put("day", d.day().toString()).put("mentions", d.mentions()));
        ArrayNode quotes = o.putArray("quotes");
        p.quotes().forEach(q -> quote(quotes.addObject(), q));
        ArrayNode events = o.putArray("events");
        p.events().forEach(e -> event(events.addObject(), e));
        ArrayNode co = o.putArray("co_mentions");
        for (EntityProfile.CoMention c : p.coMentions()) {
            ObjectNode n = co.addObject();
            summary(n.putObject("entity"), c.entity());
            n.put("articles", c.articles());
        }
        return o;
    }

    ObjectNode quotes(QuotePage page) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        put(o, "cursor", page.next());
        ArrayNode list = o.putArray("quotes");
        page.quotes().forEach(q -> quote(list.addObject(), q));
        return o;
    }

    ObjectNode events(EventPage page) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        put(o, "cursor", page.next());
        ArrayNode list = o.putArray("events");
        page.events().forEach(e -> event(list.addObject(), e));
        return o;
    }

    ObjectNode articleStory(ArticleStory s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("story", s.storyId());
        put(o, "duplicate_of", s.duplicateOf());
        return o;
    }

    ObjectNode stories(StoryPage page, Paging paging) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        o.put("offset", paging.offset());
        o.put("limit", paging.limit());
        ArrayNode list = o.putArray("stories");
        page.stories().forEach(s -> story(list.addObject(), s));
        return o;
    }

    ObjectNode story(StoryProfile p) {
        ObjectNode o = mapper.createObjectNode();
        story(o, p.summary());
        ArrayNode articles = o.putArray("articles");
        for (StoryProfile.Article a : p.articles()) {
            ObjectNode n = articles.addObject();
            n.put("id", a.id());
            put(n, "title", a.title());
            put(n, "site", a.site());
            put(n, "url", a.url());
            put(n, "published", a.published());
            put(n, "duplicate_of", a.duplicateOf());
        }
        ArrayNode events = o.putArray("events");
        for (StoryEvent e : p.events()) {
            ObjectNode n = events.addObject();
            n.put("cameo", e.cameo());
            put(n, "cameo_name", codebook.find(e.cameo()).map(CameoCode::name));
            n.put("plover", e.plover());
            actor(n.putObject("source"), e.source());
            if (e.target().isPresent()) {
                actor(n.putObject("target"), e.target().get());
            } else {
                n.putNull("target");
            }
            put(n, "date", e.date());
            n.put("goldstein", e.goldstein());
            n.put("quad_class", e.quadClass());
            n.put("num_mentions", e.mentions());
            n.put("num_sources", e.sources());
            n.put("num_articles", e.articles());
            n.put("is_root_event", e.root());
            n.put("sentence", e.sentence());
            ArrayNode ids = n.putArray("articles");
            e.articleIds().forEach(ids::add);
        }
        return o;
    }

    private static void story(ObjectNode o, StorySummary s) {
        o.put("id", s.id());
        o.put("articles_count", s.articles());
        ArrayNode sites = o.putArray("sites");
        s.sites().forEach(sites::add);
        put(o, "first_seen", s.firstSeen());
        put(o, "last_seen", s.lastSeen());
        ArrayNode entities = o.putArray("top_entities");
        for (StorySummary.Entity e : s.topEntities()) {
            entities.addObject().put("id", e.id()).put("name", e.name()).put("articles", e.articles());
        }
        ArrayNode headlines = o.putArray("headlines");
        s.headlines().forEach(headlines::add);
    }

    ObjectNode trends(Trends t) {
        ObjectNode o = mapper.createObjectNode();
        put(o, "at", t.at().map(LocalDate::toString));
        topStories(o.putArray("last_day"), t.lastDay());
        topStories(o.putArray("last_week"), t.lastWeek());
        ArrayNode entities = o.putArray("rising_entities");
        for (Trends.RisingEntity e : t.entities()) {
            ObjectNode n = entities.addObject();
            summary(n.putObject("entity"), e.entity());
            rise(n, e.recent(), e.baseline(), e.score());
        }
        ArrayNode dyads = o.putArray("rising_dyads");
        for (Trends.RisingDyad d : t.dyads()) {
            ObjectNode n = dyads.addObject().put("source", d.source()).put("target", d.target());
            rise(n, d.recent(), d.baseline(), d.score());
        }
        return o;
    }

    private static void topStories(ArrayNode list, List<Trends.TopStory> stories) {
        for (Trends.TopStory s : stories) {
            ObjectNode n = list.addObject();
            story(n.putObject("story"), s.story());
            n.put("sources", s.sources());
            n.put("articles", s.articles());
        }
    }

    private static void rise(ObjectNode n, long recent, double baseline, double score) {
        n.put("recent", recent);
        n.put("baseline", baseline);
        n.put("score", Math.round(score * 1000) / 1000.0);
    }

    ArrayNode timeline(List<TimelineBucket> buckets) {
        ArrayNode list = mapper.createArrayNode();
        for (TimelineBucket b : buckets) {
            ObjectNode o = list.addObject();
            o.put("date", b.date().toString());
            o.put("events", b.events());
            o.put("goldstein_sum", b.goldsteinSum());
            o.put("goldstein_mean", b.goldsteinMean());
            ObjectNode quad = o.putObject("quad");
            long[] counts = b.quad();
            for (int i = 0; i < counts.length; i++) {
                quad.put(Integer.toString(i + 1), counts[i]);
            }
        }
        return list;
    }

    /** {@code {"error": {"code", "message"}}}, the body of every error response under /api. */
    ObjectNode error(String code, String message, Optional<String> parameter) {
        ObjectNode o = mapper.createObjectNode();
        ObjectNode error = o.putObject("error").put("code", code).put("message", message);
        parameter.ifPresent(p -> error.put("parameter", p));
        return o;
    }

    private static void summary(ObjectNode o, EntitySummary e) {
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type());
        put(o, "country", e.country());
        o.put("mentions", e.mentions());
        o.put("articles", e.articles());
    }

    private static void quote(ObjectNode o, QuotePage.Hit q) {
        o.put("text", q.text());
        o.put("type", q.type());
        put(o, "speaker", q.speaker());
        put(o, "speaker_entity", q.speakerEntity());
        o.put("article", q.articleId());
        put(o, "article_title", q.articleTitle());
        put(o, "published", q.published());
    }

    private void event(ObjectNode o, EventPage.Hit e) {
        o.put("article", e.articleId());
        put(o, "article_title", e.articleTitle());
        actor(o.putObject("source"), e.source());
        if (e.target().isPresent()) {
            actor(o.putObject("target"), e.target().get());
        } else {
            o.putNull("target");
        }
        o.put("cameo", e.cameo());
        put(o, "cameo_name", codebook.find(e.cameo()).map(CameoCode::name));
        o.put("plover", e.plover());
        o.put("goldstein", e.goldstein());
        o.put("quad_class", e.quadClass());
        o.put("mode", e.mode().toLowerCase(Locale.ROOT));
        if (e.confidence().isPresent()) {
            o.put("confidence", Math.round(e.confidence().getAsDouble() * 1000) / 1000.0);
        } else {
            o.putNull("confidence");
        }
        put(o, "date", e.date());
        if (e.location().isPresent()) {
            Place p = e.location().get();
            ObjectNode l = o.putObject("location");
            l.put("name", p.name());
            put(l, "country", p.country());
            if (p.point().isPresent()) {
                l.put("lat", p.point().get().latitude());
                l.put("lon", p.point().get().longitude());
            } else {
                l.putNull("lat");
                l.putNull("lon");
            }
        } else {
            o.putNull("location");
        }
        o.put("sentence", e.sentence());
        o.put("trigger", e.trigger());
        o.put("rule", e.rule());
        put(o, "story", e.story());
        o.put("is_root_event", e.root());
        if (e.counts().isPresent()) {
            o.put("num_mentions", e.counts().get().mentions());
            o.put("num_sources", e.counts().get().sources());
            o.put("num_articles", e.counts().get().articles());
        } else {
            o.putNull("num_mentions");
            o.putNull("num_sources");
            o.putNull("num_articles");
        }
    }

    private static void actor(ObjectNode o, EventPage.Actor a) {
        o.put("name", a.name());
        o.put("code", a.code());
        put(o, "entity", a.entity());
    }

    private static void counts(ArrayNode list, List<ArticlePage.Count> counts) {
        for (ArticlePage.Count c : counts) {
            list.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count());
        }
    }

    private static void put(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }
}
