package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) refs.add(node.path("$ref").asText());
        node.forEach(child -> collectRefs(child, refs));
    }
}
