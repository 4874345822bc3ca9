package org.herald.events.petrarch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs the PETRARCH unit tests ({@code petrarch-unittest/petr_unittest.jsonl}, coded with the toy
 * {@code PETR.Validate.*} dictionaries in the same folder) through {@link PetrarchStyleCoder}. An expected
 * (source, target, code) event passes when the coder produces it; a record passes when it produces every expected
 * event (and none when it expects none). Records expecting an error (bad parse, dateline, discard) are counted
 * apart. Usage: {@code PetrarchUnitTestEval <petrarch-unittest folder>}.
 */
public final class PetrarchUnitTestEval {
    /** Events and records of one category (or of all). */
    public record Score(String category, int expectedEvents, int passedEvents, int extraEvents, int records,
            int passedRecords) {
        public double eventRate() {
            return expectedEvents == 0 ? 1.0 : (double) passedEvents / expectedEvents;
        }

        Score plus(int expected, int passed, int extra, boolean recordPassed) {
            return new Score(category, expectedEvents + expected, passedEvents + passed, extraEvents + extra,
                    records + 1, passedRecords + (recordPassed ? 1 : 0));
        }
    }

    /** The whole run: overall and per-category scores, error records apart, and one line per failed record. */
    public record Report(Score overall, List<Score> categories, int errorRecords, int errorRecordsWithoutEvents,
            List<String> failures) {
        public Report {
            categories = List.copyOf(categories);
            failures = List.copyOf(failures);
        }

        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append(line(overall));
            for (Score s : categories) {
                b.append(line(s));
            }
            b.append(String.format(Locale.ROOT, "error records (reported apart): %d, %d of them coded no event%n",
                    errorRecords, errorRecordsWithoutEvents));
            return b.toString();
        }

        private static String line(Score s) {
            return String.format(Locale.ROOT, "%-9s events %3d/%3d = %5.1f%%  records %3d/%3d  extra events %d%n",
                    s.category(), s.passedEvents(), s.expectedEvents(), 100 * s.eventRate(), s.passedRecords(),
                    s.records(), s.extraEvents());
        }
    }

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private PetrarchUnitTestEval() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PetrarchUnitTestEval <shared/eval/events/petrarch-unittest>");
            System.exit(2);
        }
        Report r = run(Path.of(args[0]));
        r.failures().forEach(System.out::println);
        System.out.print(r.summary());
    }

    /** Loads the dictionaries in {@code folder} and codes every record of its {@code petr_unittest.jsonl}. */
    public static Report run(Path folder) {
        PetrarchDictionaries dictionaries = PetrarchDictionaries.read(List.of(folder.resolve("PETR.Validate.actors.txt")),
                folder.resolve("PETR.Validate.agents.txt"), folder.resolve("PETR.Validate.verbs.txt"),
                folder.resolve("PETR.Validate.discards.txt"));
        PetrarchStyleCoder coder = new PetrarchStyleCoder(dictionaries);
        ObjectMapper json = new ObjectMapper();
        Score overall = new Score("ALL", 0, 0, 0, 0, 0);
        Map<String, Score> byCategory = new TreeMap<>();
        int errorRecords = 0;
        int errorQuiet = 0;
        List<String> failures = new ArrayList<>();
        for (String text : lines(folder.resolve("petr_unittest.jsonl"))) {
            JsonNode r = read(json, text);
            String id = r.path("id").asText();
            List<CodedEvent> produced;
            String problem = "";
            try {
                produced = coder.code(r.path("parse").asText(), LocalDate.parse(r.path("date").asText(), YYYYMMDD))
                        .events();
            } catch (IllegalArgumentException e) {
                produced = List.of();
                problem = e.getMessage();
            }
            if (!r.path("expected_error").isNull() && !r.path("expected_error").isMissingNode()) {
                errorRecords++;
                errorQuiet += produced.isEmpty() ? 1 : 0;
                continue;
            }
            Set<CodedEvent> expected = new HashSet<>();
            for (JsonNode e : r.path("expected_events")) {
                expected.add(new CodedEvent(e.path("source").asText("null"), e.path("target").asText("null"),
                        e.path("code").asText()));
            }
            Set<CodedEvent> got = new HashSet<>(produced);
            int passed = (int) expected.stream().filter(got::contains).count();
            int extra = (int) got.stream().filter(e -> !expected.contains(e)).count();
            boolean noEvents = r.path("expect_no_events").asBoolean(false);
            boolean recordPassed = noEvents ? got.isEmpty() : passed == expected.size();
            String category = category(r.path("category").asText());
            overall = overall.plus(expected.size(), passed, extra, recordPassed);
            byCategory.put(category, byCategory.getOrDefault(category, new Score(category, 0, 0, 0, 0, 0))
                    .plus(expected.size(), passed, extra, recordPassed));
            if (!recordPassed) {
                failures.add(id + ": expected " + expected + " got " + got + (problem.isEmpty() ? "" : " " + problem));
            }
        }
        List<Score> categories = new ArrayList<>(byCategory.values());
        categories.sort((a, b) -> b.expectedEvents() - a.expectedEvents());
        return new Report(overall, categories, errorRecords, errorQuiet, failures);
    }

    /** "AGENTS" counts with AGENT, "COMPOUNDx" with COMPOUND. */
    private static String category(String raw) {
        String c = raw.toUpperCase(Locale.ROOT);
        if (c.startsWith("AGENT")) {
            return "AGENT";
        }
        if (c.startsWith("COMPOUND")) {
            return "COMPOUND";
        }
        return c;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("bad JSON line in petr_unittest.jsonl", e);
        }
    }
}
