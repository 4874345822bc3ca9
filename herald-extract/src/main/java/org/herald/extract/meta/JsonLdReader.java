package org.herald.extract.meta;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the JSON-LD blocks of a page and picks the object that describes the article (see
 * {@code article-types.tsv}). Broken JSON is common (trailing commas, comments, raw newlines, CDATA wrappers); what
 * cannot be repaired is skipped, never thrown. Thread-safe.
 */
final class JsonLdReader {
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private final List<String> articleTypes = Lexicon.words(JsonLdReader.class, "article-types.tsv");

    /** The JSON in {@code text}, or empty when it cannot be read. */
    Optional<JsonNode> parse(String text) {
        String json = text.strip()
                .replaceAll("^(?://\\s*)?<!\\[CDATA\\[|(?://\\s*)?]]>$", "")
                .replaceAll("^<!--|-->$", "")
                .strip();
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(json));
        } catch (JacksonException e) {
            // Broken JSON-LD is the page's problem: the other metadata sources still count.
            return Optional.empty();
        }
    }

    /** The page's linked data: every object of every block, and the article object among them. */
    LinkedData read(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            parse(script.data()).ifPresent(root -> flatten(root, objects));
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : objects) {
            if (node.path("@id").isTextual()) {
                byId.putIfAbsent(node.path("@id").asText(), node);
            }
        }
        return new LinkedData(article(objects), byId);
    }

    private Optional<JsonNode> article(List<JsonNode> objects) {
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        for (JsonNode node : objects) {
            for (String type : types(node)) {
                int rank = articleTypes.indexOf(type);
                if (rank >= 0 && rank < bestRank) {
                    best = node;
                    bestRank = rank;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    static List<String> types(JsonNode node) {
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(strip(type.asText()));
        } else if (type.isArray()) {
            type.forEach(t -> types.add(strip(t.asText())));
        }
        return types;
    }

    /** "http://schema.org/NewsArticle" and "schema:NewsArticle" are NewsArticle. */
    private static String strip(String type) {
        return type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
    }

    /** Top-level arrays, {@code @graph} members and a {@code mainEntity} article are all candidates. */
    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.path("@graph"), out);
            JsonNode main = node.path("mainEntity");
            if (main.isObject() && main.has("@type")) {
                flatten(main, out);
            }
        }
    }
}
