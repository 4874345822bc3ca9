package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBenchTest {
    @TempDir
    Path dir;

    @Test
    void fillsTheStoreThenReportsLatenciesForEveryKindOfQuery() throws IOException {
        String store = dir.resolve("store").toString();
        CliRun r = CliRun.run("bench", "store", "--articles", "300", "--queries", "5", "--store", store, "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(300, o.get("articles").asInt());
        assertTrue(o.get("events").asInt() > 300 * 5, r.out());
        assertTrue(o.get("store_articles_per_second").asDouble() > 0, r.out());
        JsonNode latency = o.get("latency_ms");
        assertTrue(latency.size() >= 8, r.out());
        latency.forEach(kind -> assertTrue(kind.get("p50").asDouble() <= kind.get("p99").asDouble(), r.out()));

        CliRun again = CliRun.run("bench", "store", "--articles", "300", "--queries", "5", "--store", store, "--json");
        assertTrue(again.err().contains("reusing the store"), "a filled store is reused\n" + again.err());
    }
}
