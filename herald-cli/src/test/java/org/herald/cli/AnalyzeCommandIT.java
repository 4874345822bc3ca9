package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./herald analyze} in-process with the real CoreNLP models (loaded once per JVM, then cached). */
class AnalyzeCommandIT {
    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> lines(CliRun r) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.outLines()) out.add(mapper.readTree(line));
        return out;
    }

    @Test
    void analyzesFilesAndFoldersWithAllExtractFieldsInInputOrder(@TempDir Path dir) throws IOException {
        // Sample pages written for Herald.
        Files.writeString(dir.resolve("a.html"), "<html><head><title>Ferry talks</title></head><body><article>"
                + "<p>Mayor Ines Roth said on Monday that the ferry to Lisbon would run at night from June.</p>"
                + "<p>\"We listened to the workers,\" Roth told reporters in Porto.</p></article></body></html>");
        Files.writeString(dir.resolve("b.txt"), "Otters are back\n\nOtters have returned to the river Elbe, "
                + "scientists in Hamburg said on Tuesday.\n");
        Files.writeString(dir.resolve("c.html"), "");
        CliRun r = CliRun.run("analyze", "--published", "2024-03-06", dir.toString());
        assertEquals(1, r.exitCode(), r.err());
        List<JsonNode> out = lines(r);
        assertEquals(3, out.size(), r.out());
        JsonNode a = out.get(0);
        assertTrue(a.get("source").asText().endsWith("a.html"));
        for (String field : List.of("title", "body", "paragraphs", "words", "entities", "dates", "quotes")) {
            assertTrue(a.has(field), field + " in " + a);
        }
        assertEquals("2024-03-06", a.get("published").asText());
        assertEquals("empty", out.get(2).get("error").get("kind").asText());
        assertTrue(r.err().contains("2 ok, 1 failed"), r.err());
    }

    @Test
    void jsonlRequestsKeepTheirIdsAndMalformedLinesBecomeErrorLines() {
        String requests = String.join("\n",
                "{\"id\": \"r1\", \"text\": \"Foreign Minister Ana Lopes met her Canadian counterpart in Geneva.\","
                        + " \"published\": \"2024-03-04\"}",
                "{\"id\": 2, \"html\": \"<html><body><p>The river rose again on Sunday night in Dresden.</p></body></html>\","
                        + " \"title\": \"Flood\"}",
                "this is not json",
                "{\"id\": \"r4\"}",
                "",
                "{\"id\": \"r6\", \"text\": \"Talks resume in Lisbon on Friday.\", \"colour\": \"red\"}",
                "{\"id\": \"r7\", \"text\": \"Talks resume in Lisbon on Friday.\"}") + "\n";
        CliRun r = CliRun.withStdin(requests.getBytes(StandardCharsets.UTF_8), "analyze", "--jsonl", "-");
        assertEquals(1, r.exitCode(), r.err());
        List<String> out = r.outLines();
        assertEquals(6, out.size(), r.out());
        JsonNode first = read(out.get(0));
        assertEquals("r1", first.get("id").asText());
        assertEquals("Foreign Minister Ana Lopes met her Canadian counterpart in Geneva.", first.get("body").asText());
        assertEquals("2024-03-04", first.get("published").asText());
        assertEquals("2", read(out.get(1)).get("id").asText());
        assertEquals("Flood", read(out.get(1)).get("title").asText());
        JsonNode bad = read(out.get(2));
        assertEquals("malformed", bad.get("error").get("kind").asText());
        assertTrue(bad.get("error").get("message").asText().contains("line 3"), bad.toString());
        assertEquals("r4", read(out.get(3)).get("id").asText());
        assertTrue(read(out.get(3)).get("error").get("message").asText().contains("line 4"));
        assertTrue(read(out.get(4)).get("error").get("message").asText().contains("colour"));
        assertEquals("r7", read(out.get(5)).get("id").asText());
        assertTrue(r.err().contains("3 ok, 3 failed"), r.err());
    }

    @Test
    void aLongDocumentIsAnalysedInChunks(@TempDir Path dir) throws IOException {
        // 20,000 words of invented wire copy, one paragraph repeated: six parser chunks. (A 100,000-word document
        // works the same way but takes minutes on a shared 2-core machine; see the final report of issue 3.)
        String paragraph = "Officials in Lisbon said on Monday that the ferry service to the Azores would resume "
                + "next week after repairs to the harbour, which storms damaged in January.";
        int words = paragraph.split(" ").length;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 20_000 / words + 1; i++) body.append(paragraph).append("\n\n");
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "{\"id\": \"long\", \"published\": \"2024-03-04\", \"text\": "
                + mapper.valueToTree(body.toString()) + "}\n");
        CliRun r = CliRun.run("analyze", "--jsonl", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode o = read(r.outLines().get(0));
        assertEquals("long", o.get("id").asText());
        assertTrue(o.get("words").asInt() >= 20_000, "words: " + o.get("words"));
        assertTrue(o.get("warnings").isEmpty(), o.get("warnings").toString());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, CliRun.run("analyze").exitCode());
        assertEquals(2, CliRun.run("analyze", "--published", "last week", "x.html").exitCode());
        assertEquals(2, CliRun.run("analyze", "--jsonl", "-", "x.html").exitCode());
    }

    private JsonNode read(String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
