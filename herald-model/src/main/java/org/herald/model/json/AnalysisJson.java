package org.herald.model.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.herald.model.Outcome;
import org.herald.model.Span;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Cue;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.Speaker;
import org.herald.model.analysis.TimeExpression;

/**
 * Writes analyses as the JSON objects of {@code ./herald analyze}: the fields of {@link ArticleJson} plus
 * {@code entities}, {@code dates}, {@code quotes} and {@code warnings}. Offsets are UTF-16 offsets into
 * {@code body}. When the request had an id, {@code id} comes first so callers can match answers to requests.
 */
public final class AnalysisJson {
    private final ArticleJson articles = new ArticleJson();

    /** The JSON object for an analysis and the warnings of the stages that could not do their part. */
    public ObjectNode toNode(Analysis analysis, List<Warning> warnings, Optional<String> id) {
        ObjectNode o = articles.toNode(analysis.article());
        String body = analysis.article().body();
        ArrayNode entities = o.putArray("entities");
        analysis.entities().forEach(e -> entity(entities.addObject(), e));
        ArrayNode dates = o.putArray("dates");
        analysis.dates().forEach(d -> date(dates.addObject(), d));
        ArrayNode quotes = o.putArray("quotes");
        analysis.quotes().forEach(q -> quote(quotes.addObject(), q, body));
        ArrayNode events = o.putArray("events");
        analysis.events().forEach(e -> EventJson.write(events.addObject(), e, body));
        ArrayNode ws = o.putArray("warnings");
        for (Warning w : warnings) {
            ws.addObject().put("code", w.code()).put("message", w.message());
        }
        return withId(o, id);
    }

    /** {@code {"id"?, "source", "error": {"kind", "message"}}} for a document that produced no analysis. */
    public ObjectNode failureNode(Outcome.Failed<?> failed, Optional<String> id) {
        return withId(articles.failureNode(failed), id);
    }

    /** One line of JSON Lines for an outcome. */
    public String toLine(Outcome<Analysis> outcome, Optional<String> id) {
        if (outcome instanceof Outcome.Ok<Analysis> ok) {
            return articles.write(toNode(ok.value(), ok.warnings(), id));
        }
        return articles.write(failureNode((Outcome.Failed<Analysis>) outcome, id));
    }

    private static ObjectNode withId(ObjectNode o, Optional<String> id) {
        if (id.isEmpty()) {
            return o;
        }
        ObjectNode first = o.objectNode();
        first.put("id", id.get());
        first.setAll(o);
        return first;
    }

    private static void entity(ObjectNode o, Entity e) {
        o.put("id", e.id());
        o.put("name", e.name());
        o.put("type", e.type().name());
        put(o, "title", e.title());
        put(o, "country", e.country());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mn = mentions.addObject();
            span(mn, m.span());
            mn.put("text", m.text());
        }
    }

    private static void date(ObjectNode o, TimeExpression t) {
        o.put("text", t.text());
        o.put("value", t.value());
        span(o, t.span());
    }

    private static void quote(ObjectNode o, Quote q, String body) {
        o.put("text", q.content().of(body));
        o.put("type", q.type().name().toLowerCase(java.util.Locale.ROOT));
        if (q.speaker().isPresent()) {
            Speaker s = q.speaker().get();
            ObjectNode sn = o.putObject("speaker");
            sn.put("name", s.name());
            put(sn, "entity", s.entityId());
            sn.put("unresolved", s.unresolved());
            span(sn, s.span());
        } else {
            o.putNull("speaker");
        }
        if (q.cue().isPresent()) {
            Cue c = q.cue().get();
            ObjectNode cn = o.putObject("cue");
            cn.put("text", c.text());
            span(cn, c.span());
        } else {
            o.putNull("cue");
        }
        put(o, "addressee", q.addressee());
        span(o, q.span());
    }

    private static void span(ObjectNode o, Span s) {
        o.put("start", s.start());
        o.put("end", s.end());
    }

    private static void put(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) {
            o.put(field, value.get());
        } else {
            o.putNull(field);
        }
    }
}
