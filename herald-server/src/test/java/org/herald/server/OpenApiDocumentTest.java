package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The hand-written OpenAPI document and the route table must describe the same server. */
class OpenApiDocumentTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();
    static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        Http.Reply r = fixture.http.get("/openapi.json");
        assertEquals(200, r.status());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("application/json"));
        document = r.json();
    }

    private static Set<String> routed() {
        Set<String> out = new TreeSet<>();
        fixture.server.routes().forEach(r -> out.add(r.method().name().toLowerCase(Locale.ROOT) + " " + r.path()));
        return out;
    }

    private static Set<String> documented() {
        Set<String> out = new TreeSet<>();
        document.path("paths").properties().iterator().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> out.add(method + " " + path.getKey())));
        return out;
    }

    @Test
    void isOpenApi3() {
        assertTrue(document.path("openapi").asText().startsWith("3.0"));
        assertFalse(document.path("info").path("title").asText().isBlank());
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedPathIsRouted() {
        assertEquals(routed(), documented());
    }

    @Test
    void everyOperationDocumentsItsPathParametersAndA2xx() {
        document.path("paths").properties().iterator().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            boolean success = false;
            for (var it = op.getValue().path("responses").fieldNames(); it.hasNext(); ) {
                success |= it.next().startsWith("2");
            }
            assertTrue(success, where + " documents no success response");
            if (path.getKey().contains("{id}")) {
                assertTrue(op.getValue().path("parameters").toString().contains("\"id\"")
                        || op.getValue().path("parameters").toString().contains("articleId"), where);
            }
        }));
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/"), ref);
            assertFalse(document.at(ref.substring(1)).isMissingNode(), ref + " points nowhere");
        }
    }

    /** The operation's query parameters by name, references resolved. */
    private static Map<String, JsonNode> parameters(String path) {
        Map<String, JsonNode> out = new TreeMap<>();
        for (JsonNode p : document.path("paths").path(path).path("get").path("parameters")) {
            JsonNode resolved = p.has("$ref") ? document.at(p.path("$ref").asText().substring(1)) : p;
            out.put(resolved.path("name").asText(), resolved);
        }
        return out;
    }

    @Test
    void eventsAndTimelinesDocumentTheirFiltersAndTheirModeDefaults() {
        for (String path : List.of("/api/events", "/api/timeline")) {
            var params = parameters(path);
            assertTrue(params.keySet().containsAll(List.of("mode", "cameo", "quad", "min_confidence")), path + params.keySet());
            assertEquals(4, params.get("quad").path("schema").path("maximum").asInt());
            assertEquals(1, params.get("min_confidence").path("schema").path("maximum").asInt());
        }
        assertEquals("all", parameters("/api/events").get("mode").path("schema").path("default").asText());
        assertEquals("asserted", parameters("/api/timeline").get("mode").path("schema").path("default").asText());
    }

    @Test
    void anEventHitsDocumentedFieldsAreTheFieldsTheServerSends() {
        JsonNode hit = fixture.http.get("/api/events?limit=1").json().path("events").get(0);
        Set<String> sent = new TreeSet<>();
        hit.fieldNames().forEachRemaining(sent::add);
        Set<String> required = new TreeSet<>();
        document.at("/components/schemas/EventHit/required").forEach(n -> required.add(n.asText()));
        assertEquals(required, sent);
        Set<String> codebook = new TreeSet<>();
        fixture.http.get("/api/cameo").json().path("codes").get(0).fieldNames().forEachRemaining(codebook::add);
        Set<String> documented = new TreeSet<>();
        document.at("/components/schemas/CameoCodebook/properties/codes/items/required")
                .forEach(n -> documented.add(n.asText()));
        assertEquals(documented, codebook);
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) refs.add(node.path("$ref").asText());
        node.forEach(child -> collectRefs(child, refs));
    }
}
