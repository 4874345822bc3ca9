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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.events.export.EventLines;
import org.herald.events.export.EventSelection;
import org.herald.events.export.GdeltWriter;
import org.herald.events.export.PloverWriter;
import org.herald.model.analysis.EventMode;
import org.herald.nlp.entity.Places;

/**
 * {@code ./herald export --format gdelt|plover|jsonl [--modes LIST] [--min-confidence X] [--header] [FILE|-]}: the
 * events of analysed documents (the JSON Lines {@code analyze} writes) in another format, one event per line.
 * GDELT gets asserted events only unless {@code --modes} asks for more. Failed documents and lines that are not
 * JSON are counted and skipped.
 */
final class ExportCommand {
    static final String USAGE = """
            usage: herald export --format gdelt|plover|jsonl [--modes LIST] [--min-confidence X] [--header]
                                 [FILE | -]
                   herald export --store DIR --format gdelt|plover|jsonl|csv [filters] [--header]

            Reads analysed documents (the output of `herald analyze`, one JSON object per line) from FILE or
            standard input, or the events kept in a store (--store), and writes their events, one per line:
              gdelt    GDELT 2.0 event records, tab-separated, the 61 columns of the codebook (what Herald fills
                       and leaves empty: docs/EXPORT.md); asserted events only unless --modes asks for more,
                       since GDELT has no mode column and every row reads as a fact
              plover   PLOVER event objects in the style of POLECAT, one JSON object per line, every mode (the
                       mode is in the object's context and assertion)
              jsonl    Herald's own event objects, each with the document's id, source, url and published date,
                       every mode
              csv      (--store only) one row per event with a header row, every mode; the columns, with the
                       story counts the store keeps: docs/EXPORT.md
            Options:
              --modes LIST          the modes to write, comma-separated: asserted, negated, hypothetical, future,
                                    reported; or all (default: asserted for gdelt, all for the others)
              --min-confidence X    leave out events whose confidence is below X (0 to 1; default 0)
              --header              gdelt: write a first line naming the columns (GDELT's own files have none)
              --store DIR           export the events of this store (opened read-only: a running serve or
                                    ingest may use it meanwhile), newest first, read page by page
            Filters with --store, as GET /api/events takes them:
              --from DAY --to DAY   event days, inclusive (YYYY-MM-DD)
              --source CODE         source actor code prefix (RUS matches RUSGOV); --target CODE the same
              --cameo PREFIX        CAMEO code or its prefix, one to four digits (19 is the root Fight)
              --plover TYPE         PLOVER event type        --quad N     quad class 1 to 4
              --entity ID           a store entity id, as source or target
            A summary goes to stderr; exit code 1 when some input lines were not analysed documents.
            """;


    private ExportCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> operands = a.read(name -> {
            switch (name) {
                case "format" -> o.format = Optional.of(a.value("format"));
                case "modes" -> o.modes = Optional.of(modes(a, a.value("modes")));
                case "min-confidence" -> o.minConfidence = confidence(a, a.value("min-confidence"));
                case "header" -> {
                    a.flag("header");
                    o.header = true;
                }
                case "store" -> o.store = Optional.of(Path.of(a.value("store")));
                case "from", "to", "source", "target", "cameo", "plover", "quad", "entity" ->
                        o.filters.put(name, a.value(name));
                default -> throw a.unknown(name);
            }
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        Optional<String> format = o.format;
        List<String> inputs = operands.get();
        List<String> formats = o.store.isPresent() ? List.of("gdelt", "plover", "jsonl", "csv")
                : List.of("gdelt", "plover", "jsonl");
        if (format.isEmpty() || !formats.contains(format.get())) {
            throw a.error("--format must be " + String.join(", ", formats.subList(0, formats.size() - 1)) + " or "
                    + formats.get(formats.size() - 1) + (o.store.isEmpty() ? " (csv is for --store)" : ""));
        }
        if (o.header && !format.get().equals("gdelt")) {
            throw a.error("--header is for --format gdelt: the other formats name their fields");
        }
        if (o.store.isPresent()) {
            if (!inputs.isEmpty()) throw a.error("give --store or a FILE, not both");
            return StoreExport.run(a, format.get(), o, io);
        }
        if (!o.filters.isEmpty()) {
            throw a.error("--" + o.filters.keySet().iterator().next() + " is for --store: analysed documents are"
                    + " selected by --modes and --min-confidence");
        }
        if (inputs.size() > 1) {
            throw a.error("give one FILE, or - for standard input");
        }
        EventSelection selection = new EventSelection(o.modes.orElse(format.get().equals("gdelt")
                ? EventSelection.asserted().modes() : EventSelection.all().modes()), o.minConfidence);
        String input = inputs.isEmpty() ? "-" : inputs.get(0);
        try (InputStream in = input.equals("-") ? io.in() : Files.newInputStream(Path.of(input))) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return export(format.get(), selection, o.header, lines, io);
        } catch (NoSuchFileException e) {
            throw a.error("no such file: " + input);
        } catch (IOException e) {
            io.err().println("herald: " + Terminal.safe("cannot read " + input + ": " + e.getMessage()));
            return ExitCode.SOME_FAILED;
        }
    }

    /** What the command line asked for; {@code filters} holds the store filters by option name. */
    static final class Options {
        Optional<String> format = Optional.empty();
        Optional<Set<EventMode>> modes = Optional.empty();
        double minConfidence;
        boolean header;
        Optional<Path> store = Optional.empty();
        final Map<String, String> filters = new LinkedHashMap<>();
    }

    private static Set<EventMode> modes(Args a, String list) {
        try {
            return EventMode.parseList(list);
        } catch (IllegalArgumentException e) {
            throw a.error("--modes: " + e.getMessage());
        }
    }

    private static double confidence(Args a, String value) {
        double x;
        try {
            x = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            x = Double.NaN;
        }
        if (!(x >= 0 && x <= 1)) throw a.error("--min-confidence must be a number from 0 to 1, not '" + value + "'");
        return x;
    }

    private static int export(String format, EventSelection selection, boolean header, BufferedReader lines,
                              Streams io) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Optional<GdeltWriter> gdelt = format.equals("gdelt")
                ? Optional.of(new GdeltWriter(Places.load(), Clock.systemUTC())) : Optional.empty();
        PloverWriter plover = new PloverWriter();
        EventLines jsonl = new EventLines();
        if (header) {
            io.out().println(gdelt.orElseThrow().header());
        }
        int documents = 0;
        int events = 0;
        int skipped = 0;
        int unselected = 0;
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
            for (JsonNode e : doc.path("events")) {
                if (!selection.accepts(e)) unselected++;
            }
            switch (format) {
                case "gdelt" -> {
                    for (String row : gdelt.orElseThrow().rows(doc, selection)) {
                        io.out().println(row);
                        events++;
                    }
                }
                case "plover" -> {
                    for (ObjectNode e : plover.events(doc, selection)) {
                        io.out().println(write(mapper, e));
                        events++;
                    }
                }
                default -> {
                    for (JsonNode e : doc.path("events")) {
                        if (!selection.accepts(e)) continue;
                        io.out().println(write(mapper, jsonl.line(doc, e)));
                        events++;
                    }
                }
            }
        }
        io.err().println(events + " events from " + documents + " documents"
                + (unselected > 0 ? ", " + unselected + " left out by mode or confidence" : "") + (skipped > 0
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
