package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the event suites in {@code shared/eval/events} in place: the UniversalPetrarch GSR records (JSON Lines
 * with expected (source, target, code) events) and the CAMEO manual's example sentences from the CAMEO code
 * table (one example per code, no actors).
 */
final class EventSuites {
    private EventSuites() {}

    /** Records of a {@code *.jsonl} suite with {@code text}, {@code date} and {@code expected_events}. */
    static List<EventCase> jsonl(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        List<EventCase> cases = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode r = mapper.readTree(line);
                if (r.hasNonNull("expected_error")) continue;
                Set<EventCase.Triple> expected = new HashSet<>();
                for (JsonNode e : r.path("expected_events")) {
                    expected.add(new EventCase.Triple(e.path("source").asText(""), e.path("target").asText(""),
                            e.path("code").asText()));
                }
                cases.add(new EventCase(r.path("id").asText(), date(r.path("date").asText()), r.path("text").asText(),
                        expected, r.path("expect_no_events").asBoolean(false)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return cases;
    }

    /**
     * The example sentences of the CAMEO code table (columns code and example); the file is not valid UTF-8 in a
     * few cells, so it is read as ISO-8859-1 and only ASCII matters for the sentences.
     */
    static List<EventCase> cameoExamples(Path csv) {
        List<EventCase> cases = new ArrayList<>();
        try {
            List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.ISO_8859_1));
            List<String> header = rows.get(0);
            int code = header.indexOf("code");
            int example = header.indexOf("example");
            for (List<String> row : rows.subList(1, rows.size())) {
                if (row.size() <= Math.max(code, example)) continue;
                String text = row.get(example).strip();
                if (text.isEmpty() || text.equals("NA")) continue;
                cases.add(new EventCase("cameo-" + row.get(code), LocalDate.of(2000, 1, 1), text,
                        Set.of(new EventCase.Triple("", "", row.get(code))), false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
        return cases;
    }

    private static LocalDate date(String yyyymmdd) {
        try {
            return LocalDate.parse(yyyymmdd, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return LocalDate.of(2000, 1, 1);
        }
    }
}
