package org.herald.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.LeadImage;
import org.herald.model.Outcome;
import org.herald.model.RelatedLink;

/**
 * Writes articles and failures as the JSON objects of {@code ./herald extract}: one object per document,
 * every documented field present (absent values as {@code null}), field order stable.
 */
public final class ArticleJson {
    private final ObjectMapper mapper = new ObjectMapper();

    /** The JSON object for an article. */
    public ObjectNode toNode(Article a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("source", a.source());
        put(o, "url", a.url());
        put(o, "site", a.site());
        put(o, "title", a.title());
        ArrayNode authors = o.putArray("authors");
        a.authors().forEach(authors::add);
        ArrayNode agencies = o.putArray("agencies");
        a.agencies().forEach(agencies::add);
        put(o, "published", a.published());
        o.put("published_inferred", a.publishedInferred());
        put(o, "modified", a.modified());
        put(o, "crawled", a.crawled());
        put(o, "language", a.language());
        put(o, "summary", a.summary());
        if (a.image().isPresent()) {
            LeadImage img = a.image().get();
            ObjectNode i = o.putObject("image");
            put(i, "url", img.url());
            put(i, "caption", img.caption());
            put(i, "credit", img.credit());
        } else {
            o.putNull("image");
        }
        o.put("body", a.body());
        ArrayNode paragraphs = o.putArray("paragraphs");
        a.paragraphs().forEach(paragraphs::add);
        ArrayNode related = o.putArray("related");
        for (RelatedLink r : a.related()) {
            ObjectNode rn = related.addObject();
            rn.put("title", r.title());
            put(rn, "url", r.url());
        }
        o.put("words", a.words());
        // How sure the extractor is that the body is the article (#10); null where it did not judge.
        if (a.bodyConfidence().isPresent()) {
            BodyConfidence c = a.bodyConfidence().get();
            o.put("body_confidence", Math.round(c.value() * 1000) / 1000.0);
            put(o, "body_doubtful", c.doubt());
        } else {
            o.putNull("body_confidence");
            o.putNull("body_doubtful");
        }
        return o;
    }

    /** The JSON object for a document that produced no article: {@code {"source", "error": {"kind", "message"}}}. */
    public ObjectNode failureNode(Outcome.Failed<?> failed) {
        ObjectNode o = mapper.createObjectNode();
        o.put("source", failed.source());
        ObjectNode error = o.putObject("error");
        error.put("kind", failed.reason().kind());
        error.put("message", failed.detail());
        return o;
    }

    /** One line of JSON Lines for an outcome: the article, or the failure. */
    public String toLine(Outcome<Article> outcome) {
        if (outcome instanceof Outcome.Ok<Article> ok) {
            return write(toNode(ok.value()));
        }
        return write(failureNode((Outcome.Failed<Article>) outcome));
    }

    public String write(ObjectNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
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
