package org.herald.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the JSON Lines input of {@code cluster --jsonl} and {@code similarity --jsonl}: one object a line, each
 * line either its object or why it could not be read ("line 3: not JSON"), so one bad line costs only itself.
 */
final class StoryLines {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StoryLines() {}

    /** One input line: its object, or the error that names it. */
    record Line(int number, Optional<JsonNode> object, String error) {}

    /** The lines of a file, or of standard input for "-"; blank lines are skipped. */
    static List<Line> read(String file, InputStream stdin) {
        try (BufferedReader r = file.equals("-")
                ? new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            List<Line> lines = new ArrayList<>();
            String text;
            int n = 0;
            while ((text = r.readLine()) != null) {
                n++;
                if (text.isBlank()) continue;
                lines.add(parse(n, text));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Line parse(int n, String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || !node.isObject()) return new Line(n, Optional.empty(), "line " + n + ": not a JSON object");
            return new Line(n, Optional.of(node), "");
        } catch (JsonProcessingException e) {
            return new Line(n, Optional.empty(), "line " + n + ": not JSON (" + e.getOriginalMessage() + ")");
        }
    }

    /** A string field, or empty when absent or not a string. */
    static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }
}
