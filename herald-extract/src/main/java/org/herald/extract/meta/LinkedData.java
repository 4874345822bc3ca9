package org.herald.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON-LD object describing a page's article, with the page's other objects to resolve {@code @id} links. */
final class LinkedData {
    /** Keys that give an object's value as text, by what is asked for: images are URLs, the rest names. */
    private static final List<String> NAME_KEYS = List.of("name", "@value", "headline");
    private static final List<String> URL_KEYS = List.of("url", "contentUrl", "@id");

    private final Optional<JsonNode> article;
    private final Map<String, JsonNode> byId;

    LinkedData(Optional<JsonNode> article, Map<String, JsonNode> byId) {
        this.article = article;
        this.byId = Map.copyOf(byId);
    }

    /** The article's types, e.g. {@code [NewsArticle]}. */
    List<String> types() {
        return article.map(JsonLdReader::types).orElse(List.of());
    }

    /**
     * The text values at a dotted path below the article ({@code "publisher.name"}), following arrays and
     * {@code @id} links; objects give their name, or their URL when {@code urls} is set.
     */
    List<String> values(String path, boolean urls) {
        List<String> out = new ArrayList<>();
        article.ifPresent(a -> collect(a, path.split("\\."), 0, urls, out));
        return out;
    }

    /** The names at a path that belong to objects typed Person ("author": {"@type": "Person", "name": …}). */
    List<String> personNames(String path) {
        List<String> out = new ArrayList<>();
        article.ifPresent(a -> collectPersons(a, path.split("\\."), 0, out));
        return out;
    }

    private void collectPersons(JsonNode node, String[] path, int depth, List<String> out) {
        JsonNode resolved = resolve(node);
        if (resolved.isArray()) {
            resolved.forEach(child -> collectPersons(child, path, depth, out));
        } else if (depth == path.length) {
            if (JsonLdReader.types(resolved).contains("Person")) {
                text(resolved, false).ifPresent(out::add);
            }
        } else if (resolved.isObject()) {
            collectPersons(resolved.path(path[depth]), path, depth + 1, out);
        }
    }

    private void collect(JsonNode node, String[] path, int depth, boolean urls, List<String> out) {
        JsonNode resolved = resolve(node);
        if (resolved.isArray()) {
            resolved.forEach(child -> collect(child, path, depth, urls, out));
            return;
        }
        if (depth == path.length) {
            text(resolved, urls).ifPresent(out::add);
            return;
        }
        if (resolved.isObject()) {
            collect(resolved.path(path[depth]), path, depth + 1, urls, out);
        }
    }

    private Optional<String> text(JsonNode node, boolean urls) {
        if (node.isTextual() || node.isNumber()) {
            String text = node.asText().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (node.isObject()) {
            for (String key : urls ? URL_KEYS : NAME_KEYS) {
                JsonNode value = resolve(node.path(key));
                if (value.isArray() && value.size() > 0) {
                    value = value.get(0);
                }
                if (value.isTextual() && !value.asText().isBlank()) {
                    return Optional.of(value.asText().strip());
                }
            }
        }
        return Optional.empty();
    }

    /** An object that is only {@code {"@id": …}} stands for the object with that id elsewhere on the page. */
    private JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.size() == 1 && node.path("@id").isTextual()) {
            JsonNode target = byId.get(node.path("@id").asText());
            return target == null ? node : target;
        }
        return node;
    }
}
