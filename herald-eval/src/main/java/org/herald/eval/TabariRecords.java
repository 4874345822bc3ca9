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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.herald.events.petrarch.CodedEvent;

/**
 * Reads the TABARI validation records ({@code tabari-validation/tabari_validate.jsonl}, derived from TABARI's
 * {@code Validate.text}) in place. Reading stops at {@code FINAL-01}, "the end of the standard validation records",
 * where TABARI's own validation run stops; the three records after it are scratch tests.
 */
final class TabariRecords {
    /** What a record asks of the coder, from its expectation markers. */
    enum Expectation {
        /** {@code { ARN / GON / 064 }}: these events. */
        EVENTS,
        /** {@code {---}}: must not code (a misspelt verb, a noun that looks like a verb, too few words). */
        MUST_NOT_CODE,
        /** {@code {###}}: the sentence is discarded (a discard phrase or a {@code [###]} actor or time code). */
        DISCARDED,
        /** {@code {+++}} or no marker at all: not a coding test (comments, option switches). */
        NOT_A_TEST
    }

    /**
     * One record. {@code deactivated} holds the {@code -{ ... }} triples, which the suite's authors switched off
     * ("currently doesn't work -- deactivated"); they are neither expected nor counted as extra.
     */
    record TabariRecord(String id, LocalDate date, String category, String text, Set<CodedEvent> expected,
            Set<CodedEvent> deactivated, Expectation expectation, List<String> options) {
        TabariRecord {
            expected = Set.copyOf(expected);
            deactivated = Set.copyOf(deactivated);
            options = List.copyOf(options);
        }
    }

    static final String LAST_RECORD = "FINAL-01";
    private static final Pattern UNCLOSED_OPTION = Pattern.compile("\\{\\s*(OPTION:[^}*]*)");

    private TabariRecords() {}

    static List<TabariRecord> read(Path jsonl) {
        ObjectMapper mapper = new ObjectMapper();
        List<TabariRecord> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode r = mapper.readTree(line);
                if (r.path("id").asText().equals(LAST_RECORD)) break;
                records.add(record(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonl, e);
        }
        return records;
    }

    static TabariRecord record(JsonNode r) {
        Set<CodedEvent> expected = new LinkedHashSet<>();
        Set<CodedEvent> deactivated = new LinkedHashSet<>();
        for (JsonNode e : r.path("expected_events")) {
            CodedEvent event = new CodedEvent(e.path("source").asText(), e.path("target").asText(),
                    e.path("code").asText());
            (e.path("negated_marker").asBoolean(false) ? deactivated : expected).add(event);
        }
        Set<String> flags = new LinkedHashSet<>();
        r.path("flags").forEach(f -> flags.add(f.asText()));
        Expectation expectation = !expected.isEmpty() ? Expectation.EVENTS
                : flags.contains("---") ? Expectation.MUST_NOT_CODE
                : flags.contains("###") ? Expectation.DISCARDED
                : Expectation.NOT_A_TEST;
        List<String> options = new ArrayList<>();
        r.path("options").forEach(o -> options.add(o.asText()));
        if (options.isEmpty()) {
            // "{ OPTION: SET: MINIMUM WORDS = 4  */": a marker left unclosed, which the derived "options" field misses
            Matcher m = UNCLOSED_OPTION.matcher(r.path("comment").asText());
            while (m.find()) options.add(m.group(1).strip());
        }
        return new TabariRecord(r.path("id").asText(), date(r.path("date").asText()),
                r.path("category").asText().toUpperCase(Locale.ROOT), r.path("text").asText(), expected, deactivated,
                expectation, options);
    }

    /** TABARI's YYMMDD; years before 30 are 20xx, as in the dictionaries' date restrictions. */
    private static LocalDate date(String yymmdd) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            return LocalDate.of((yy < 30 ? 2000 : 1900) + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (RuntimeException e) {
            // "START-00" and the option records carry no real date; nothing they hold is dated
            return LocalDate.of(2000, 1, 1);
        }
    }
}
