package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void measuresPagesPerSecondAsJson(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.html"), "<html><body><p>The ferry will run at night from June.</p></body></html>");
        Files.createDirectories(dir.resolve("case"));
        Files.writeString(dir.resolve("case/source.html"), "<html><body><p>Otters are back in the river.</p></body></html>");
        Files.writeString(dir.resolve("case/expected.html"), "<p>answer key, not a page</p>");
        CliRun r = CliRun.run("bench", "extract", dir.toString(), "--seconds", "1", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(2, o.get("pages").asInt());
        assertTrue(o.get("single_thread").get("pages_per_second").asDouble() > 0, r.out());
        assertTrue(o.get("all_threads").get("pages_per_second").asDouble() > 0, r.out());
        // Issue 10: the process's CPU time per page, which a shared machine inflates far less than the rates.
        assertTrue(o.get("single_thread").get("cpu_ms_per_page").asDouble() > 0, r.out());
    }

    @Test
    void needsTheExtractSubcommandAndAFolder() {
        assertEquals(2, CliRun.run("bench").exitCode());
        assertEquals(2, CliRun.run("bench", "parse", "dir").exitCode());
        assertEquals(2, CliRun.run("bench", "extract", "dir", "--seconds", "-1").exitCode());
    }
}
