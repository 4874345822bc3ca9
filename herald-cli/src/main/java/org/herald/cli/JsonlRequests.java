package org.herald.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;

/**
 * Turns one line of {@code analyze --jsonl} input, {@code {"id", "text" | "html", "title"?, "published"?,
 * "url"?}}, into an article to analyse. A line that is not such an object becomes a {@code MALFORMED} failure
 * naming the line; nothing is thrown. Thread-safe.
 */
final class JsonlRequests {
    private static final Set<String> FIELDS = Set.of("id", "text", "html", "title", "published", "url");
    /** Two objects on one line are a malformed line, not the first request with the second dropped unseen. */
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final ArticleExtractor extractor;

    JsonlRequests(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** A request's id (when it could be read) and the article it asks about, or why there is none. */
    record Request(Optional<String> id, Outcome<Article> article) {}

    /** @param where names the line in messages: "requests.jsonl:12" or "line 12" */
    Request read(String line, String where) {
        JsonNode o;
        try {
            o = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
                return malformed(Optional.empty(), where, "more than one JSON value on the line (one request a line)");
            }
            return malformed(Optional.empty(), where, "not JSON: " + e.getOriginalMessage());
        }
        if (o == null || !o.isObject()) {
            return malformed(Optional.empty(), where, "not a JSON object");
        }
        JsonNode idNode = o.get("id");
        Optional<String> id = idNode != null && (idNode.isTextual() || idNode.isNumber())
                ? Optional.of(idNode.asText()) : Optional.empty();
        if (id.isEmpty()) {
            return malformed(id, where, "no \"id\" (a string or a number)");
        }
        Set<String> unknown = new TreeSet<>();
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) unknown.add(name);
        }
        if (!unknown.isEmpty()) {
            return malformed(id, where, "unknown fields " + unknown + "; known: " + new TreeSet<>(FIELDS));
        }
        for (String field : FIELDS) {
            if (!field.equals("id") && o.has(field) && !o.get(field).isTextual() && !o.get(field).isNull()) {
                return malformed(id, where, "\"" + field + "\" must be a string");
            }
        }
        Optional<String> text = string(o, "text");
        Optional<String> html = string(o, "html");
        if (text.isPresent() == html.isPresent()) {
            return malformed(id, where, "needs exactly one of \"text\" and \"html\"");
        }
        String source = id.get();
        Optional<String> url = string(o, "url");
        Outcome<Article> article = html.isPresent()
                ? extractor.extract(new RawDocument(source, html.get().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        url, RawDocument.Format.HTML))
                : extractor.fromCleanText(source, text.get(), url);
        return new Request(id, withRequestFields(article, string(o, "title"), string(o, "published")));
    }

    /** The request's title and publication date win over what extraction found in the page. */
    private static Outcome<Article> withRequestFields(Outcome<Article> outcome, Optional<String> title,
                                                      Optional<String> published) {
        if (!(outcome instanceof Outcome.Ok<Article> ok) || (title.isEmpty() && published.isEmpty())) {
            return outcome;
        }
        Article a = ok.value();
        Article changed = new Article(a.source(), a.url(), a.site(), title.isPresent() ? title : a.title(),
                a.authors(), a.agencies(), published.isPresent() ? published : a.published(),
                published.isEmpty() && a.publishedInferred(), a.modified(), a.language(), a.summary(), a.image(),
                a.paragraphs(), a.related(), a.crawled(), a.bodyConfidence());
        return Outcome.ok(ok.source(), changed, ok.warnings());
    }

    private static Optional<String> string(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || !n.isTextual() ? Optional.empty() : Optional.of(n.asText());
    }

    private static Request malformed(Optional<String> id, String where, String why) {
        return new Request(id, Outcome.failed(id.orElse(where), Reason.MALFORMED, where + ": " + why));
    }
}
