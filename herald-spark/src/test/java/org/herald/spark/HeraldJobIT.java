package org.herald.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.herald.archive.ArchiveEntry;
import org.herald.archive.ArchiveReader;
import org.herald.events.export.GdeltWriter;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Outcome;
import org.herald.model.analysis.Analysis;
import org.herald.model.json.AnalysisJson;
import org.herald.nlp.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job on a real local[2] master with the real language models, over archives this test writes: one
 * session for the class, three runs of the job (both archives, then the first again, then as JSON Lines).
 */
class HeraldJobIT {
    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path news;
    static Path extra;
    static List<Long> newsOffsets;
    static Path out;
    static HeraldJob.Summary first;
    static Map<String, Long> countsAfterFirst;
    static HeraldJob.Summary second;

    @BeforeAll
    static void runTwice() throws Exception {
        TestArchives a = new TestArchives(dir.resolve("news.warc.gz"))
                .page("https://news.example/2024/05/06/lavrov", TestArchives.newsPage(
                        "Russia accuses Ukraine of shelling border village", "2024-05-06T06:00:00Z",
                        "MOSCOW, May 6 - Russian Foreign Minister Sergei Lavrov accused Ukraine on Monday of shelling a"
                                + " village in the Belgorod region, and said Moscow would respond.",
                        "\"We will not accept ultimatums,\" Lavrov told reporters in Moscow after talks with his"
                                + " Chinese counterpart Wang Yi.",
                        "Ukraine's Foreign Ministry denied the accusation and condemned Russia's attacks on Kharkiv,"
                                + " where two people were killed overnight."))
                .brokenHttp("https://news.example/2024/05/06/broken")
                .page("https://news.example/2024/05/06/berlin", TestArchives.newsPage(
                        "France and Germany sign energy agreement", "2024-05-06T09:30:00Z",
                        "BERLIN, May 6 - French President Emmanuel Macron met German Chancellor Olaf Scholz in"
                                + " Berlin on Monday, and the two leaders signed an agreement on energy supplies.",
                        "Scholz praised the agreement as a sign of European unity. \"Our countries stand together,\""
                                + " he said at a joint news conference.",
                        "Macron invited Scholz to Paris for further talks in June."));
        news = a.close();
        newsOffsets = a.offsets();
        extra = new TestArchives(dir.resolve("extra.warc.gz"))
                .page("https://wire.example/2024/05/06/nairobi", TestArchives.newsPage(
                        "Kenyan police arrest protesters in Nairobi", "2024-05-06T11:00:00Z",
                        "NAIROBI, May 6 - Kenyan police arrested dozens of protesters in Nairobi on Monday after"
                                + " demonstrations against a new finance bill turned violent.",
                        "The Interior Ministry said officers were attacked with stones, and opposition leaders"
                                + " condemned the arrests."))
                // the Lavrov story again, as a wire service ran it an hour later: one story across two archives
                .page("https://wire.example/2024/05/06/lavrov-shelling", TestArchives.newsPage(
                        "Lavrov accuses Ukraine of shelling Belgorod village", "2024-05-06T07:00:00Z",
                        "MOSCOW, May 6 - Russian Foreign Minister Sergei Lavrov on Monday accused Ukraine of shelling a"
                                + " village in Russia's Belgorod region and said Moscow would respond.",
                        "\"We will not accept ultimatums,\" Lavrov told reporters in Moscow after his talks with"
                                + " Chinese Foreign Minister Wang Yi.",
                        "Ukraine's Foreign Ministry denied the accusation and condemned Russian attacks on Kharkiv,"
                                + " where two people were killed overnight."))
                .close();
        out = dir.resolve("tables");
        spark = SparkMain.session(options(List.of(news.toString(), extra.toString()), "parquet"));
        first = HeraldJob.run(spark, options(List.of(news.toString(), extra.toString()), "parquet"));
        countsAfterFirst = counts();
        second = HeraldJob.run(spark, options(List.of(news.toString()), "parquet"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void eventsEqualThoseOfTheInProcessAnalyzePath() throws Exception {
        List<String> expected = new ArrayList<>();
        for (Path archive : List.of(news, extra)) expected.addAll(analyzeInProcess(archive));
        List<String> actual = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            actual.add(eventKey(r));
        }
        Collections.sort(expected);
        Collections.sort(actual);
        assertFalse(expected.isEmpty(), "the pages should give events, or the comparison proves nothing");
        assertEquals(expected, actual);
    }

    @Test
    void runningAgainOverTheSameArchiveReplacesItsRowsAndKeepsTheOthers() {
        assertEquals(countsAfterFirst, counts());
        assertEquals(4, countsAfterFirst.get("articles"));
        assertEquals(1, countsAfterFirst.get("errors"));
        assertEquals(5, first.records()); // four pages and the broken record
        assertEquals(4, first.ok());
        assertEquals(3, second.records()); // the first archive alone: two pages and the broken record
        assertTrue(Files.isDirectory(out.resolve("events/date=2024-05-06/archive=extra.warc.gz")),
                "partitioned by crawl day and archive");
    }

    @Test
    void aMalformedRecordBecomesAnErrorRowWithItsReasonAndOffset() {
        List<Row> errors = spark.read().parquet(out.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size());
        Row e = errors.get(0);
        assertEquals("news.warc.gz#" + newsOffsets.get(1), e.getAs("source"));
        assertEquals("malformed", e.getAs("reason"));
        assertEquals("news.warc.gz", e.getAs("archive"));
        assertEquals(Map.of("malformed", 1L), second.failed());
    }

    @Test
    void pagesOfOneStoryOnOneCrawlDayShareItsStoryAcrossArchives() {
        Map<String, Row> byUrl = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
            byUrl.put(r.getAs("url"), r);
        }
        Row lavrov = byUrl.get("https://news.example/2024/05/06/lavrov");
        Row wire = byUrl.get("https://wire.example/2024/05/06/lavrov-shelling");
        Row berlin = byUrl.get("https://news.example/2024/05/06/berlin");
        Row nairobi = byUrl.get("https://wire.example/2024/05/06/nairobi");
        // a story's id is its first article's, the earlier-published of the two Lavrov pages
        assertEquals(lavrov.<String>getAs("article_id"), lavrov.getAs("story"));
        assertEquals(lavrov.<String>getAs("article_id"), wire.getAs("story"));
        assertEquals(berlin.<String>getAs("article_id"), berlin.getAs("story"));
        assertEquals(nairobi.<String>getAs("article_id"), nairobi.getAs("story"));
        Map<String, String> storyOf = new TreeMap<>();
        byUrl.values().forEach(r -> storyOf.put(r.getAs("article_id"), r.getAs("story")));
        List<Row> events = spark.read().parquet(out.resolve("events").toString()).collectAsList();
        assertFalse(events.isEmpty());
        for (Row e : events) assertEquals(storyOf.get(e.<String>getAs("article_id")), e.getAs("story"));
    }

    @Test
    void aPageOverItsTimeBudgetBecomesATimeoutRowAndTheOthersGoOn() throws Exception {
        // ~4,500 distinct sentences: tens of seconds of parsing on any machine, against a budget of five
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            paragraphs.add("In district " + i + ", officials said the council would meet again on day " + (i % 28 + 1)
                    + " to discuss the budget. Residents of block " + (i * 7) + " asked for more buses and a new"
                    + " clinic. The mayor promised an answer by week " + (i % 52 + 1) + ".");
        }
        Path slow = new TestArchives(dir.resolve("slow.warc.gz"))
                .page("https://city.example/2024/05/06/minutes", TestArchives.newsPage("Council minutes",
                        "2024-05-06T10:00:00Z", paragraphs.toArray(String[]::new)))
                .page("https://city.example/2024/05/06/short", TestArchives.newsPage(
                        "Kenyan police arrest protesters in Nairobi", "2024-05-06T11:00:00Z",
                        "NAIROBI, May 6 - Kenyan police arrested dozens of protesters in Nairobi on Monday."))
                .close();
        Path slowOut = dir.resolve("slow-tables");
        HeraldJob.Summary s = HeraldJob.run(spark, new JobOptions(List.of(slow.toString()), slowOut.toString(),
                Optional.empty(), JobOptions.Format.PARQUET, Optional.empty(), Duration.ofSeconds(5)));
        assertEquals(Map.of("timeout", 1L), s.failed());
        assertEquals(1, s.ok());
        List<Row> errors = spark.read().parquet(slowOut.resolve("errors").toString()).collectAsList();
        assertEquals(1, errors.size());
        assertEquals("timeout", errors.get(0).getAs("reason"));
        assertTrue(errors.get(0).<String>getAs("detail").contains("took longer than 5 s (--doc-timeout)"),
                errors.get(0).<String>getAs("detail"));
        List<Row> articles = spark.read().parquet(slowOut.resolve("articles").toString()).collectAsList();
        assertEquals(List.of("https://city.example/2024/05/06/short"),
                articles.stream().map(r -> r.<String>getAs("url")).toList());
    }

    @Test
    void theModelsAreLoadedOncePerExecutorJvm() {
        // local[2]: one executor JVM (this one) ran every task of both runs, two at a time
        assertEquals(1, ExecutorModels.loads());
    }

    @Test
    void jsonLinesHoldTheSameRowsAsParquet() throws Exception {
        Path jsonl = dir.resolve("jsonl");
        HeraldJob.run(spark, new JobOptions(List.of(news.toString()), jsonl.toString(), Optional.empty(),
                JobOptions.Format.JSONL, Optional.empty()));
        long parquetQuotes = spark.read().parquet(out.resolve("quotes").toString())
                .filter("archive = 'news.warc.gz'").count();
        assertTrue(parquetQuotes > 0, "the pages have quotes");
        assertEquals(parquetQuotes, spark.read().json(jsonl.resolve("quotes").toString()).count());
        assertEquals(2, spark.read().json(jsonl.resolve("articles").toString()).count());
    }

    private static JobOptions options(List<String> inputs, String format) {
        return JobOptions.parse(List.of("--input", String.join(",", inputs), "--output", out.toString(),
                "--master", "local[2]", "--format", format)).orElseThrow();
    }

    private static Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String t : List.of("articles", "entities", "quotes", "events", "errors")) {
            counts.put(t, spark.read().parquet(out.resolve(t).toString()).count());
        }
        return counts;
    }

    /**
     * What {@code ./herald analyze ARCHIVE | ./herald export --format gdelt --modes all} gives, in this process:
     * the archive read by herald-archive, each page extracted and analysed, its JSON line exported. The analyzer is
     * the one this JVM's executor loaded (a second would need another gigabyte).
     */
    private static List<String> analyzeInProcess(Path archive) throws Exception {
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        Analyzer analyzer = ExecutorModels.get().analyzer;
        GdeltWriter gdelt = new GdeltWriter(ExecutorModels.get().places, Clock.systemUTC());
        ObjectMapper mapper = new ObjectMapper();
        List<String> keys = new ArrayList<>();
        String name = archive.getFileName().toString();
        try (ArchiveReader reader = ArchiveReader.open(archive, name, ExtractSettings.defaults().maxBytes())) {
            for (Optional<ArchiveEntry> e; (e = reader.next()).isPresent(); ) {
                if (!(e.get() instanceof ArchiveEntry.Page page)) continue;
                Outcome<Analysis> outcome = analyzer.process(extractor.extract(page.document()));
                JsonNode doc = mapper.readTree(new AnalysisJson().toLine(outcome, Optional.empty()));
                for (JsonNode event : doc.path("events")) {
                    List<String> cells = new ArrayList<>(List.of(gdelt.row(doc, event).split("\t", -1)));
                    cells.remove(GdeltWriter.columns().indexOf("DATEADDED"));
                    cells.add(event.path("mode").asText());
                    cells.add(Double.toString(event.path("confidence").asDouble()));
                    keys.add(String.join("\t", cells));
                }
            }
        }
        return keys;
    }

    /** A Spark event row as the same tab-joined key: the GDELT columns but DATEADDED, then mode and confidence. */
    private static String eventKey(Row r) {
        List<String> cells = new ArrayList<>();
        for (String column : GdeltWriter.columns()) {
            if (column.equals("DATEADDED")) continue;
            Object v = r.getAs(column);
            cells.add(v == null ? "" : v.toString());
        }
        cells.add(r.getAs("mode"));
        cells.add(Double.toString(r.<Double>getAs("confidence")));
        return String.join("\t", cells);
    }
}
