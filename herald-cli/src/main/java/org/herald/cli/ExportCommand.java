package org.herald.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.herald.events.export.GdeltWriter;
import org.herald.events.export.PloverWriter;
import org.herald.nlp.entity.Places;

/**
 * {@code ./herald export --format gdelt|plover|jsonl [FILE|-]}: the events of analysed documents (the JSON Lines
 * {@code analyze} writes) in another format, one event per line. Failed documents and lines that are not JSON
 * are counted and skipped.
 */
final class ExportCommand {
    static final String USAGE = """
            usage: herald export --format gdelt|plover|jsonl [FILE | -]

            Reads analysed documents (the output of `herald analyze`, one JSON object per line) from FILE or
            standard input and writes their events, one per line:
              gdelt    GDELT 2.0 event records, tab-separated, after a header line naming the 61 columns
                       (what Herald fills and leaves empty: docs/EXPORT.md)
              plover   PLOVER event objects in the style of POLECAT, one JSON object per line
              jsonl    Herald's own event objects, each with the document's id, source, url and published date
            A summary goes to stderr; exit code 1 when some input lines were not analysed documents.
            """;

    private ExportCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> operands = a.read(name -> {
            if (!name.equals("format")) throw a.unknown(name);
            o.format = Optional.of(a.value("format"));
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        Optional<String> format = o.format;
        List<String> inputs = operands.get();
        if (format.isEmpty() || !List.of("gdelt", "plover", "jsonl").contains(format.get())) {
            throw a.error("--format must be gdelt, plover or jsonl");
        }
        if (inputs.size() > 1) {
            throw a.error("give one FILE, or - for standard input");
        }
        String input = inputs.isEmpty() ? "-" : inputs.get(0);
        try (InputStream in = input.equals("-") ? io.in() : Files.newInputStream(Path.of(input))) {
            return export(format.get(), new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), io);
        } catch (NoSuchFileException e) {
            throw a.error("no such file: " + input);
        } catch (IOException e) {
            io.err().println("herald: cannot read " + input + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    private static final class Options {
        Optional<String> format = Optional.empty();
    }

    private static int export(String format, BufferedReader lines, Streams io) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        GdeltWriter gdelt = new GdeltWriter(Places.load(), Clock.systemUTC());
        PloverWriter plover = new PloverWriter();
        if (format.equals("gdelt")) {
            io.out().println(gdelt.header());
        }
        int documents = 0;
        int events = 0;
        int skipped = 0;
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) continue;
            JsonNode doc;
            try {
                doc = mapper.readTree(line);
            } catch (JsonProcessingException e) {
                io.err().println("herald: line " + number + ": not JSON, skipped");
                skipped++;
                continue;
            }
            if (!doc.isObject() || doc.has("error")) {
                skipped++;
                continue;
            }
            documents++;
            switch (format) {
                case "gdelt" -> {
                    for (String row : gdelt.rows(doc)) {
                        io.out().println(row);
                        events++;
                    }
                }
                case "plover" -> {
                    for (ObjectNode e : plover.events(doc)) {
                        io.out().println(write(mapper, e));
                        events++;
                    }
                }
                default -> {
                    for (JsonNode e : doc.path("events")) {
                        ObjectNode o = mapper.createObjectNode();
                        for (String field : List.of("id", "source", "url", "published")) {
                            if (doc.has(field)) o.set(field, doc.get(field));
                        }
                        o.set("event", e);
                        io.out().println(write(mapper, o));
                        events++;
                    }
                }
            }
        }
        io.err().println(events + " events from " + documents + " documents" + (skipped > 0
                ? ", " + skipped + " lines skipped (failed documents or not JSON)" : ""));
        return skipped == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }

    private static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
