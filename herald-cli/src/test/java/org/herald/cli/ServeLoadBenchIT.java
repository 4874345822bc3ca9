package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11: 32 deep-paging clients ran the server out of heap and it ignored SIGTERM. A small load (1,000 articles, 16
 * clients, a few seconds, loopback) must give no error but shed 503s, keep /api/health answering, answer the first
 * search after it, and let the server stop within its stop timeout with no request thread left to hold the JVM.
 * Latency bounds are generous: the CI machine is shared.
 */
class ServeLoadBenchIT {
    @TempDir
    Path dir;

    @Test
    void aSmallLoadGivesNoErrorsAndTheServerStopsUnderIt() throws IOException {
        CliRun r = CliRun.run("bench", "serve-load", "--articles", "1000", "--clients", "16", "--seconds", "3",
                "--store", dir.resolve("store").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        JsonNode phase = o.path("phases").get(0);
        assertEquals(0, phase.path("errors").asLong(), r.out());
        assertTrue(phase.path("search_ms").path("count").asLong() + phase.path("deep_page_ms").path("count").asLong()
                > 0, r.out());
        assertTrue(phase.path("health_ms").path("count").asLong() > 0, r.out());
        assertTrue(phase.path("health_ms").path("max").asDouble() < 10_000, r.out());
        assertEquals(200, phase.path("recovery_status").asInt(), r.out());
        assertTrue(o.path("stop_under_load_ms").asDouble() < 15_000, r.out());
        assertEquals(0, o.path("non_daemon_server_threads_left").asLong(), r.out());
    }
}
