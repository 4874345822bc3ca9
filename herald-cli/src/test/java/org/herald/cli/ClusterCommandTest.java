package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FLOOD = "Floods hit Valencia. Heavy rain flooded Valencia on Tuesday, killing three"
            + " people, the regional government of Valencia said. Rescue teams searched the flooded streets.";
    private static final String MARATHON = "Runners crowd Beijing marathon. Thirty thousand runners took part in the"
            + " Beijing marathon on Sunday, organisers said.";

    private static List<JsonNode> lines(CliRun run) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String l : run.outLines()) out.add(JSON.readTree(l));
        return out;
    }

    @Test
    void jsonlDocumentsGetAStoryAndCopiesNameTheirOriginal() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"a\",\"text\":\"" + FLOOD + "\",\"published\":\"2024-10-29\"}",
                "{\"id\":\"b\",\"text\":\"" + MARATHON + "\"}",
                "{\"id\":\"c\",\"text\":\"" + FLOOD + " Copyright Wire.\",\"published\":\"2024-10-29\"}",
                "not json") + "\n";
        CliRun run = CliRun.withStdin(input.getBytes(StandardCharsets.UTF_8), "cluster", "--jsonl", "-");
        List<JsonNode> out = lines(run);
        assertEquals(4, out.size(), run.out());
        assertEquals("a", out.get(0).get("id").asText());
        assertEquals(out.get(0).get("story").asLong(), out.get(2).get("story").asLong());
        assertTrue(out.get(0).get("story").asLong() != out.get(1).get("story").asLong());
        assertEquals("a", out.get(2).get("duplicate_of").asText());
        assertTrue(out.get(0).get("duplicate_of") == null);
        assertEquals("malformed", out.get(3).get("failed").asText());
        assertEquals(1, run.exitCode(), "a bad line makes the exit code 1");
        assertTrue(run.err().contains("3 documents in 2 stories, 1 duplicates, 1 failed"), run.err());
    }

    @Test
    void pathsAreExtractedAndReportedBySource(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("1.txt"), FLOOD);
        Files.writeString(dir.resolve("2.txt"), MARATHON);
        CliRun run = CliRun.run("cluster", dir.toString());
        List<JsonNode> out = lines(run);
        assertEquals(2, out.size(), run.out() + run.err());
        assertTrue(out.get(0).get("source").asText().endsWith("1.txt"));
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void similarityPrintsOneScorePerPairInOrderAndSurvivesAnyLanguage() throws Exception {
        String input = String.join("\n",
                "{\"id\":\"same\",\"text1\":\"" + FLOOD + "\",\"text2\":\"" + FLOOD + "\"}",
                "{\"id\":\"other\",\"text1\":\"" + FLOOD + "\",\"text2\":\"" + MARATHON + "\"}",
                "{\"id\":\"zh\",\"text1\":\"北京举行马拉松比赛\",\"text2\":\"مرحبا بالعالم\"}") + "\n";
        CliRun run = CliRun.withStdin(input.getBytes(StandardCharsets.UTF_8), "similarity", "--jsonl", "-");
        List<JsonNode> out = lines(run);
        assertEquals(List.of("same", "other", "zh"), out.stream().map(n -> n.get("id").asText()).toList());
        assertEquals(1.0, out.get(0).get("similarity").asDouble(), 1e-9);
        assertTrue(out.get(1).get("similarity").asDouble() < 0.5);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void similarityWithoutJsonlIsAUsageError() {
        assertEquals(ExitCode.USAGE, CliRun.run("similarity").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("cluster").exitCode());
    }
}
