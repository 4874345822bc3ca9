package org.herald.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.Evidence;
import org.herald.model.LeadImage;
import org.herald.model.RelatedLink;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.model.analysis.Speaker;
import org.herald.model.analysis.TimeExpression;

/**
 * Reads back what {@link AnalysisJson} wrote, so that a store can index a stored article again (#12: a "Lavrov"
 * stored before "Sergei Lavrov" is re-keyed by putting its article again). What the JSON does not keep is made up
 * the same way every time: the evidence of dates and quotes ({@code stored}), the events' stage ({@code events}), a
 * quote's content span (its text found inside the quotation) and an event's sentence span (its text found around
 * the event's words). The body confidence's signals are not written, so it comes back with none.
 */
public final class AnalysisReader {
    private static final Evidence STORED = new Evidence("stored", "stored");
    private final ObjectMapper mapper = new ObjectMapper();

    /** The analysis; throws {@link IllegalArgumentException} for text that is not an analysis as written. */
    public Analysis read(String json) {
        JsonNode o;
        try {
            o = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!o.path("body").isTextual()) throw new IllegalArgumentException("not an analysis: no body");
        Article article = article(o);
        String body = article.body();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : o.path("entities")) entities.add(entity(e));
        List<TimeExpression> dates = new ArrayList<>();
        for (JsonNode d : o.path("dates")) {
            dates.add(new TimeExpression(span(d), d.path("text").asText(), d.path("value").asText(), STORED));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : o.path("quotes")) quotes.add(quote(q, body));
        List<Event> events = new ArrayList<>();
        for (JsonNode e : o.path("events")) events.add(event(e, body));
        return new Analysis(article, entities, dates, quotes, events);
    }

    private static Article article(JsonNode o) {
        List<String> paragraphs = strings(o.path("paragraphs"));
        Article.Builder b = Article.builder(o.path("source").asText())
                .authors(strings(o.path("authors"))).agencies(strings(o.path("agencies")))
                .paragraphs(paragraphs.isEmpty() ? List.of(o.path("body").asText()) : paragraphs);
        text(o, "url").ifPresent(b::url);
        text(o, "site").ifPresent(b::site);
        text(o, "title").ifPresent(b::title);
        text(o, "published").ifPresent(p -> b.published(p, o.path("published_inferred").asBoolean()));
        text(o, "modified").ifPresent(b::modified);
        text(o, "language").ifPresent(b::language);
        text(o, "summary").ifPresent(b::summary);
        JsonNode image = o.path("image");
        if (image.isObject()) b.image(new LeadImage(text(image, "url"), text(image, "caption"), text(image, "credit")));
        List<RelatedLink> related = new ArrayList<>();
        for (JsonNode r : o.path("related")) related.add(new RelatedLink(r.path("title").asText(), text(r, "url")));
        b.related(related);
        if (o.path("body_confidence").isNumber()) {
            b.bodyConfidence(new BodyConfidence(o.path("body_confidence").asDouble(),
                    text(o, "body_doubtful"), Map.of()));
        }
        return b.build().withCrawled(text(o, "crawled"));
    }

    private static Entity entity(JsonNode e) {
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : e.path("mentions")) mentions.add(new Mention(span(m), m.path("text").asText()));
        return new Entity(e.path("id").asText(), e.path("name").asText(), EntityType.valueOf(e.path("type").asText()),
                text(e, "title"), text(e, "country"), mentions);
    }

    private static Quote quote(JsonNode q, String body) {
        Span span = span(q);
        String content = q.path("text").asText();
        // "…," the minister said: the content lies inside the quotation; the first match there is the one.
        int at = body.indexOf(content, span.start());
        if (at < 0 || at + content.length() > span.end()) at = body.indexOf(content);
        Span contentSpan = at < 0 ? span : new Span(at, at + content.length());
        Optional<Speaker> speaker = Optional.empty();
        JsonNode s = q.path("speaker");
        if (s.isObject()) {
            speaker = Optional.of(new Speaker(s.path("name").asText(), text(s, "entity"), span(s),
                    s.path("unresolved").asBoolean()));
        }
        Optional<Cue> cue = Optional.empty();
        JsonNode c = q.path("cue");
        if (c.isObject()) cue = Optional.of(new Cue(c.path("text").asText(), span(c)));
        QuoteType type = QuoteType.valueOf(q.path("type").asText().toUpperCase(Locale.ROOT));
        return new Quote(contentSpan, type, speaker, cue, text(q, "addressee"), span, STORED);
    }

    private static Event event(JsonNode e, String body) {
        Span span = span(e);
        String sentence = e.path("sentence").asText();
        // The sentence holds the event's words: the last occurrence starting at or before them.
        int at = body.lastIndexOf(sentence, span.start());
        if (at < 0) at = body.indexOf(sentence);
        Span sentenceSpan = at < 0 ? span : new Span(at, at + sentence.length());
        Optional<Actor> target = e.path("target").isObject() ? Optional.of(actor(e.path("target"))) : Optional.empty();
        return new Event(actor(e.path("source")), target, e.path("cameo").asText(), e.path("plover").asText(),
                text(e, "plover_mode"), e.path("goldstein").asDouble(), e.path("quad_class").asInt(),
                EventMode.valueOf(e.path("mode").asText().toUpperCase(Locale.ROOT)), text(e, "date"),
                place(e.path("location")), sentenceSpan, span, e.path("trigger").asText(),
                new Evidence("events", e.path("rule").asText()), e.path("confidence").asDouble());
    }

    private static Optional<Place> place(JsonNode l) {
        if (!l.isObject()) return Optional.empty();
        Optional<Place.Point> point = l.path("lat").isNumber() && l.path("lon").isNumber()
                ? Optional.of(new Place.Point(l.path("lat").asDouble(), l.path("lon").asDouble())) : Optional.empty();
        Optional<Integer> geonames = l.path("geonames_id").isNumber() ? Optional.of(l.path("geonames_id").asInt())
                : Optional.empty();
        Place.Kind kind = text(l, "kind").map(k -> Place.Kind.valueOf(k.toUpperCase(Locale.ROOT)))
                .orElse(Place.Kind.UNKNOWN);
        return Optional.of(new Place(l.path("name").asText(), text(l, "country"), kind, text(l, "admin1"), point,
                geonames));
    }

    private static Actor actor(JsonNode a) {
        return new Actor(a.path("name").asText(), a.path("code").asText(), text(a, "entity"));
    }

    private static Span span(JsonNode o) {
        return new Span(o.path("start").asInt(), o.path("end").asInt());
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array) out.add(v.asText());
        return out;
    }
}
