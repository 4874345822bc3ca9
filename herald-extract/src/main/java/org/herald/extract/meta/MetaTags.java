package org.herald.extract.meta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} tags by key, read once. Keys come from {@code name}, {@code property},
 * {@code itemprop} and {@code http-equiv}, lower-cased, with {@code .} read as {@code :} so that {@code DC.title}
 * and {@code dc:title} are one key; a space-separated {@code property="og:title twitter:title"} counts for each.
 * The JSON in {@code parsely-page} and {@code parsely-metadata} is read as a second set of keys.
 */
final class MetaTags {
    private static final List<String> KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");
    private static final List<String> PARSELY_KEYS = List.of("parsely-page", "parsely-metadata");

    /** Values by key, one map per key attribute, so "property" values come before "name" values of the same key. */
    private final Map<String, Map<String, List<String>>> byAttribute = new HashMap<>();
    private final Map<String, List<String>> parsely = new HashMap<>();

    MetaTags(Document doc, JsonLdReader json) {
        for (Element meta : doc.select("meta[content]")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : KEY_ATTRIBUTES) {
                for (String key : meta.attr(attribute).split("\\s+")) {
                    if (!key.isEmpty()) {
                        byAttribute.computeIfAbsent(attribute, a -> new HashMap<>())
                                .computeIfAbsent(normaliseKey(key), k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        for (String key : PARSELY_KEYS) {
            for (String content : get(key)) {
                json.parse(content).ifPresent(this::addParsely);
            }
        }
    }

    /**
     * The contents of the meta tags with this key, in page order, from the first key attribute that has any: RDFa
     * {@code property} is the standard for OpenGraph and Dublin Core, {@code name} the common misuse.
     */
    List<String> get(String key) {
        String normalised = normaliseKey(key);
        for (String attribute : KEY_ATTRIBUTES) {
            List<String> found = byAttribute.getOrDefault(attribute, Map.of()).get(normalised);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** The values of a key in the parsely JSON blobs. */
    List<String> parsely(String key) {
        return parsely.getOrDefault(key, List.of());
    }

    private void addParsely(JsonNode node) {
        node.fields().forEachRemaining(e -> {
            List<String> list = parsely.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> {
                    if (v.isValueNode()) {
                        list.add(v.asText());
                    }
                });
            } else if (e.getValue().isValueNode()) {
                list.add(e.getValue().asText());
            }
        });
    }

    static String normaliseKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replace('.', ':');
    }
}
