package org.herald.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.http.HttpHost;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.herald.opensearch.OpenSearchStore;
import org.herald.opensearch.node.NodeProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.Request;
import org.opensearch.client.RestClient;

/**
 * {@code --opensearch URL} on a real local[2] master with the real models, into a real single-node OpenSearch
 * started from Maven's jars ({@link NodeProcess}, as herald-opensearch's tests start it): the job run twice over
 * the same archives, the cluster's documents counted after each run and compared with the tables.
 */
class OpenSearchOutputIT {
    private static final List<String> INDICES = List.of("articles", "events", "entities", "quotes");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static NodeProcess node;
    static SparkSession spark;
    static Path news;
    static Path wire;
    static Path out;
    static HeraldJob.Summary first;
    static Map<String, Long> afterFirst;
    static HeraldJob.Summary second;
    static Map<String, Long> afterSecond;

    @BeforeAll
    static void runTwice() throws Exception {
        node = NodeProcess.start(dir.resolve("node"));
        news = new TestArchives(dir.resolve("news.warc.gz"))
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
                        "Scholz praised the agreement. \"Our countries stand together,\" he said."))
                .close();
        // the Lavrov story again, as a wire service ran it an hour later, in another archive (another task)
        wire = new TestArchives(dir.resolve("wire.warc.gz"))
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
        JobOptions options = options(node.url());
        spark = SparkMain.session(options);
        first = HeraldJob.run(spark, options);
        afterFirst = counts();
        second = HeraldJob.run(spark, options);
        afterSecond = counts();
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
        if (node != null) node.close();
    }

    @Test
    void runningTwiceReplacesTheDocumentsInsteadOfAddingToThem() {
        assertEquals(afterFirst, afterSecond);
        assertEquals(3, afterFirst.get("articles"), afterFirst.toString());
        assertTrue(afterFirst.get("events") > 0 && afterFirst.get("entities") > 0 && afterFirst.get("quotes") > 0,
                afterFirst.toString());
        assertEquals(first.openSearchDocuments(), second.openSearchDocuments());
        // entity documents may be fewer than written: the store's rejoin after the tasks merges people they kept apart
        long notEntities = afterFirst.get("articles") + afterFirst.get("events") + afterFirst.get("quotes");
        assertTrue(first.openSearchDocuments().orElseThrow() >= notEntities + afterFirst.get("entities"), first.line());
        assertTrue(first.line().contains("documents written to OpenSearch"), first.line());
    }

    @Test
    void theClusterHoldsTheEventsAndQuotesOfTheTablesArticleByArticle() throws IOException {
        Map<String, Long> tableEvents = new TreeMap<>();
        for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
            tableEvents.merge(r.getAs("article_id"), 1L, Long::sum);
        }
        assertFalse(tableEvents.isEmpty(), "the pages should give events, or the comparison proves nothing");
        assertEquals(tableEvents, perArticle("events"));
        assertEquals(spark.read().parquet(out.resolve("quotes").toString()).count(), afterSecond.get("quotes"));
        assertEquals(spark.read().parquet(out.resolve("articles").toString()).count(), afterSecond.get("articles"));
    }

    @Test
    void eachArticleKeepsTheStoryOfTheTablesAndAFailedRecordStaysAnErrorRow() {
        try (OpenSearchStore store = OpenSearchStore.open(node.url(), OpenSearchOutput.PREFIX)) {
            Map<String, String> storyOf = new TreeMap<>();
            for (Row r : spark.read().parquet(out.resolve("articles").toString()).collectAsList()) {
                String id = r.getAs("article_id");
                assertEquals(r.<String>getAs("story"), store.findArticleStory(id).orElseThrow().storyId(), id);
                assertTrue(store.findArticle(id).isPresent(), id);
                storyOf.put(r.getAs("url"), r.getAs("story"));
            }
            // across the two archives (two tasks): the wire copy is in the story the first Lavrov page opened
            assertEquals(storyOf.get("https://news.example/2024/05/06/lavrov"),
                    storyOf.get("https://wire.example/2024/05/06/lavrov-shelling"));
            assertEquals(1, spark.read().parquet(out.resolve("errors").toString()).count());
            assertEquals(second.ok(), store.articleCount());
            assertEquals(Map.of("malformed", 1L), second.failed());
        }
    }

    @Test
    void aClusterThatDoesNotAnswerFailsTheRunOnceTheTablesAreWritten() {
        Path tables = dir.resolve("unanswered");
        JobOptions options = new JobOptions(List.of(wire.toString()), tables.toString(), java.util.Optional.empty(),
                JobOptions.Format.PARQUET, java.util.Optional.empty(), JobOptions.DEFAULT_DOC_TIMEOUT,
                java.util.Optional.of("http://127.0.0.1:1"));
        OpenSearchOutput.WriteFailed e = assertThrows(OpenSearchOutput.WriteFailed.class,
                () -> HeraldJob.run(spark, options));
        assertTrue(e.getMessage().contains("http://127.0.0.1:1"), e.getMessage());
        assertEquals(1, spark.read().parquet(tables.resolve("articles").toString()).count());
    }

    private static JobOptions options(String url) {
        return JobOptions.parse(List.of("--input", news + "," + wire, "--output", out.toString(),
                "--master", "local[2]", "--opensearch", url)).orElseThrow();
    }

    private static Map<String, Long> counts() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (RestClient rest = RestClient.builder(HttpHost.create(node.url())).build()) {
            for (String index : INDICES) {
                Request request = new Request("GET", "/" + OpenSearchOutput.PREFIX + "-" + index + "/_count");
                counts.put(index, JSON.readTree(rest.performRequest(request).getEntity().getContent())
                        .path("count").asLong());
            }
        }
        return counts;
    }

    /** How many documents of the index each article has, by a terms aggregation on the cluster. */
    private static Map<String, Long> perArticle(String index) throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        try (RestClient rest = RestClient.builder(HttpHost.create(node.url())).build()) {
            Request request = new Request("POST", "/" + OpenSearchOutput.PREFIX + "-" + index + "/_search");
            request.setJsonEntity("{\"size\":0,\"aggs\":{\"a\":{\"terms\":{\"field\":\"article_id\",\"size\":100}}}}");
            JsonNode r = JSON.readTree(rest.performRequest(request).getEntity().getContent());
            for (JsonNode b : r.path("aggregations").path("a").path("buckets")) {
                counts.put(b.path("key").asText(), b.path("doc_count").asLong());
            }
        }
        return counts;
    }
}
