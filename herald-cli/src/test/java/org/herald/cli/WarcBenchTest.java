package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WarcBenchTest {
    @Test
    void aSyntheticArchiveIsReadWholeAndEveryPageExtracted() throws IOException {
        CliRun r = CliRun.run("bench", "warc", "--synthetic", "20", "--threads", "2", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(40, o.get("records").asInt(), "a request and a response per page");
        assertEquals(20, o.get("pages").asInt());
        assertEquals(20, o.get("extract_ok").asInt(), r.out());
        assertTrue(o.get("records_per_second").asDouble() > 0, r.out());
    }

    @Test
    void benchIngestStoresEveryPageOfTheArchiveOnEachThreadCount() throws IOException {
        CliRun r = CliRun.run("bench", "ingest", "--synthetic", "12", "--threads", "1,2", "--extract-only", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(2, o.get("runs").size(), r.out());
        for (JsonNode run : o.get("runs")) {
            assertEquals("extract", run.get("mode").asText());
            assertEquals(12, run.get("pages").asInt(), r.out());
            assertTrue(run.get("counts").asText().startsWith("12 in = 12 stored + 0 already stored + 0 failed"),
                    r.out());
            assertTrue(run.get("pages_per_second").asDouble() > 0, r.out());
        }
        assertTrue(o.get("cc_news_day_pages").asLong() > 0, r.out());
    }
}
