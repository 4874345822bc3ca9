package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.model.json.AnalysisJson;
import org.herald.store.DateRange;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.Store;
import org.herald.store.StoredArticle;
import org.herald.store.export.CsvTables;
import org.herald.store.export.StorePages;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --store} (#12) against the old path: the same analysed articles, once stored and once as the JSON
 * Lines {@code analyze} writes, give the same lines. The store stays open for writing throughout, as a serve that
 * takes POSTs keeps it, so the export must open it read-only.
 */
class StoreExportTest {
    static final int ARTICLES = 300;

    @TempDir
    static Path dir;
    static Path store;
    static Path analysed;
    static Store writer;

    @BeforeAll
    static void fill() throws IOException {
        store = dir.resolve("store");
        analysed = dir.resolve("analysed.jsonl");
        writer = LuceneStore.open(store);
        SyntheticArticles synthetic = new SyntheticArticles(11, 5, LocalDate.parse("2024-01-01"), 90);
        AnalysisJson json = new AnalysisJson();
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < ARTICLES; n++) {
            StoredArticle a = synthetic.stored(n, json);
            writer.put(a);
            lines.add(a.analysisJson());
        }
        writer.commit();
        Files.write(analysed, lines);
    }

    @AfterAll
    static void close() throws IOException {
        writer.close();
    }

    private static CliRun fromStore(String... options) {
        List<String> args = new ArrayList<>(List.of("export", "--store", store.toString()));
        args.addAll(List.of(options));
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    private static CliRun fromFile(String... options) {
        List<String> args = new ArrayList<>(List.of("export"));
        args.addAll(List.of(options));
        args.add(analysed.toString());
        CliRun r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        return r;
    }

    /**
     * The rows sorted, with DATEADDED (the time of the run) blanked, and the counts: the store counts each event
     * across its story, {@code analyze} output one article at a time (1 each). The store gives events newest first.
     */
    private static List<String> gdeltRows(CliRun r) {
        List<String> lines = r.outLines();
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        List<Integer> blanked = Stream.of("DATEADDED", "NumMentions", "NumSources", "NumArticles")
                .map(header::indexOf).toList();
        List<String> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            for (int column : blanked) cells[column] = "";
            rows.add(String.join("\t", cells));
        }
        rows.sort(null);
        return rows;
    }

    private static List<String> sorted(CliRun r) {
        List<String> lines = new ArrayList<>(r.outLines());
        lines.sort(null);
        return lines;
    }

    @Test
    void gdeltFromTheStoreIsTheGdeltOfTheAnalysedArticlesOverSeveralPages() {
        List<String> stored = gdeltRows(fromStore("--format", "gdelt", "--modes", "all", "--header"));
        List<String> old = gdeltRows(fromFile("--format", "gdelt", "--modes", "all", "--header"));
        assertTrue(stored.size() > StorePages.PAGE_SIZE, "more events than one page: " + stored.size());
        assertEquals(old.size(), stored.size());
        assertEquals(old, stored);
        assertEquals(gdeltRows(fromFile("--format", "gdelt", "--header")),
                gdeltRows(fromStore("--format", "gdelt", "--header")));
    }

    @Test
    void ploverAndJsonLinesFromTheStoreAreTheOldPathsLines() {
        assertEquals(sorted(fromFile("--format", "plover")), sorted(fromStore("--format", "plover")));
        assertEquals(sorted(fromFile("--format", "jsonl")), sorted(fromStore("--format", "jsonl")));
    }

    @Test
    void theFiltersOfTheEventSearchApply() {
        CliRun r = fromStore("--format", "gdelt", "--header", "--source", "USA", "--cameo", "0",
                "--from", "2024-02-01", "--to", "2024-02-29");
        List<String> lines = r.outLines();
        List<String> header = Arrays.asList(lines.get(0).split("\t"));
        long expected = writer.searchEvents(new EventQuery(Optional.of("USA"), Optional.empty(), Optional.of("0"),
                Optional.empty(), Optional.empty(), new DateRange(Optional.of(LocalDate.parse("2024-02-01")),
                Optional.of(LocalDate.parse("2024-02-29"))), EventTraits.ASSERTED, Paging.first(0))).total();
        assertTrue(expected > 0, "the filter must leave some events");
        assertEquals(expected, lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            assertTrue(cells[header.indexOf("Actor1Code")].startsWith("USA"), line);
            assertTrue(cells[header.indexOf("EventCode")].startsWith("0"), line);
            assertTrue(cells[header.indexOf("Day")].startsWith("202402"), line);
        }
        assertTrue(r.err().contains(expected + " events from the store"), r.err());
    }

    @Test
    void csvHasAHeaderRowAndOneRowPerEvent() {
        CliRun r = fromStore("--format", "csv", "--target", "RUS");
        String[] rows = r.out().split("\r\n");
        assertEquals(String.join(",", CsvTables.EVENT_COLUMNS), rows[0]);
        long expected = writer.searchEvents(new EventQuery(Optional.empty(), Optional.of("RUS"), Optional.empty(),
                Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(0))).total();
        assertEquals(expected, rows.length - 1);
    }

    @Test
    void badFiltersAndCsvWithoutAStoreAreUsageErrors() {
        assertEquals(ExitCode.USAGE, CliRun.run("export", "--store", store.toString(), "--format", "csv",
                "--cameo", "abc").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("export", "--format", "csv", analysed.toString()).exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("export", "--format", "gdelt", "--source", "RUS",
                analysed.toString()).exitCode());
    }
}
