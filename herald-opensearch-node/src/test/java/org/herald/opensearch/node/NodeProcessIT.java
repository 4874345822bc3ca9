package org.herald.opensearch.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node in a child JVM answers over HTTP, indexes with an analysis-common filter and finds by stem. */
class NodeProcessIT {
    @TempDir
    static Path home;
    static NodeProcess node;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startNode() throws IOException {
        node = NodeProcess.start(home);
    }

    @AfterAll
    static void stopNode() {
        node.close();
    }

    @Test
    void nodeReportsVersion2196AndGreenHealth() throws Exception {
        assertTrue(get("/").contains("\"number\" : \"2.19.6\""), get("/"));
        assertTrue(get("/_cluster/health?wait_for_status=green&timeout=30s").contains("\"status\":\"green\""));
    }

    @Test
    void indexUsesPorterStemFromAnalysisCommonAndFindsByStem() throws Exception {
        String index = "{\"settings\":{\"number_of_replicas\":0,\"analysis\":{\"analyzer\":{\"en\":{\"type\":\"custom\","
                + "\"tokenizer\":\"standard\",\"filter\":[\"lowercase\",\"porter_stem\"]}}}},"
                + "\"mappings\":{\"properties\":{\"body\":{\"type\":\"text\",\"analyzer\":\"en\"}}}}";
        assertEquals(200, send("PUT", "/stems", index).statusCode());
        assertEquals(201, send("POST", "/stems/_doc?refresh=true", "{\"body\":\"Ministers were talking\"}").statusCode());
        assertTrue(get("/stems/_search?q=body:talks").contains("\"value\":1"), get("/stems/_search?q=body:talks"));
    }

    @Test
    void indicesAreNotCreatedByAccident() throws Exception {
        assertEquals(404, send("POST", "/nowhere/_doc", "{\"a\":1}").statusCode());
    }

    private String get(String path) throws Exception {
        return send("GET", path, null).body();
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url() + path))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
