package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AnalyzeBenchIT {

    @Test
    void reportsLoadTimeThroughputStageCostsAndHeapAsJson() throws IOException {
        CliRun r = CliRun.run("bench", "analyze", "--synthetic", "3", "--seconds", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(3, o.get("articles").asInt());
        assertTrue(o.get("tokens_per_article").asInt() > 500, r.out());
        assertTrue(o.get("single_thread").get("pages_per_second").asDouble() > 0, r.out());
        assertTrue(o.get("all_threads").get("pages_per_second").asDouble() > 0, r.out());
        assertTrue(o.get("stage_ms_per_article").get("parse").asDouble() > 0, r.out());
        assertTrue(o.get("peak_heap_mb").asInt() > 0, r.out());
        assertTrue(o.get("live_heap_mb").asInt() > 0, r.out());
    }
}
