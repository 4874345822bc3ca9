package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.herald.store.export.CsvTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The downloads (#12) over the sample articles: what they hold matches the JSON searches with the same filters. */
class DownloadApiTest {
    @RegisterExtension
    static final ServerFixture fixture = ServerFixture.readOnlyForClass();

    private static Http.Reply download(String path) {
        Http.Reply r = fixture.http.get(path);
        assertEquals(200, r.status(), path + ": " + r.body());
        return r;
    }

    /** The rows after the header, which must name the columns. */
    private static List<List<String>> csv(String path, List<String> columns) {
        Http.Reply r = download(path);
        assertEquals("text/csv; charset=utf-8; header=present", r.header("Content-Type").orElseThrow());
        List<List<String>> rows = CsvParser.parse(r.body());
        assertEquals(columns, rows.get(0));
        for (List<String> row : rows) assertEquals(columns.size(), row.size(), row.toString());
        return rows.subList(1, rows.size());
    }

    private static List<String> column(List<List<String>> rows, List<String> columns, String name) {
        int i = columns.indexOf(name);
        return rows.stream().map(r -> r.get(i)).toList();
    }

    private static List<String> field(JsonNode list, String name) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path(name).asText()));
        return out;
    }

    @Test
    void eventsCsvHoldsEveryEventOfTheSearchInItsOrderAndParsesBack() {
        Http.Reply r = download("/api/events.csv");
        assertEquals("attachment; filename=\"herald-events.csv\"", r.header("Content-Disposition").orElseThrow());
        List<String> cols = CsvTables.EVENT_COLUMNS;
        List<List<String>> rows = csv("/api/events.csv", cols);
        JsonNode events = fixture.http.get("/api/events?limit=100").json().path("events");
        assertEquals(events.size(), rows.size());
        assertEquals(field(events, "article"), column(rows, cols, "article_id"));
        assertEquals(field(events, "cameo"), column(rows, cols, "cameo"));
        assertEquals(field(events, "mode"), column(rows, cols, "mode"));
        // the hostile sample's rule holds double quotes, its trigger markup: both come back as they were
        assertEquals(field(events, "rule"), column(rows, cols, "rule"));
        assertEquals(field(events, "trigger"), column(rows, cols, "trigger"));
        assertEquals(field(events, "sentence"), column(rows, cols, "sentence"));
        assertTrue(column(rows, cols, "rule").stream().anyMatch(s -> s.contains("\"")));
    }

    @Test
    void eventDownloadsTakeTheFiltersOfTheEventSearch() {
        List<String> cols = CsvTables.EVENT_COLUMNS;
        List<List<String>> dyad = csv("/api/events.csv?source=RUS&target=UKR", cols);
        assertEquals(List.of("057", "125", "194"), column(dyad, cols, "cameo"));
        assertEquals(List.of("194"), column(csv("/api/events.csv?source=RUS&cameo=19", cols), cols, "cameo"));
        assertEquals(List.of("125"), column(csv("/api/events.csv?mode=asserted&min_confidence=0.5&from=2024-05-01"
                + "&to=2024-05-31&source=RUS", cols), cols, "cameo"));
        Http.Reply bad = fixture.http.get("/api/events.csv?cameo=nineteen");
        assertEquals(400, bad.status());
        assertEquals("cameo", bad.json().path("error").path("parameter").asText());
    }

    @Test
    void eventsTsvIsGdeltWithAssertedEventsUnlessModeSays() {
        Http.Reply r = download("/api/events.tsv");
        assertEquals("text/tab-separated-values; charset=utf-8", r.header("Content-Type").orElseThrow());
        String[] rows = r.body().split("\n");
        assertEquals(fixture.http.get("/api/events?mode=asserted").json().path("total").asInt(), rows.length);
        for (String row : rows) assertEquals(61, row.split("\t", -1).length, row);
        assertTrue(rows[rows.length - 1].endsWith("\thttps://example.org/2024/05/lavrov-rejects-plan"),
                rows[rows.length - 1]);
        int all = fixture.http.get("/api/events").json().path("total").asInt();
        assertEquals(all, download("/api/events.tsv?mode=all").body().split("\n").length);
    }

    @Test
    void quotesCsvKeepsCommasAndQuotesInsideTheQuotedText() {
        List<String> cols = CsvTables.QUOTE_COLUMNS;
        List<List<String>> rows = csv("/api/quotes.csv", cols);
        JsonNode quotes = fixture.http.get("/api/quotes?limit=100").json().path("quotes");
        assertEquals(field(quotes, "text"), column(rows, cols, "text"));
        assertTrue(column(rows, cols, "text").contains("The plan is a dead end,"));
        assertEquals(List.of("Lavrov"), column(csv("/api/quotes.csv?speaker=Lavrov", cols), cols, "speaker"));
    }

    @Test
    void articlesAndEntitiesAsJsonLinesAreTheSearchesHits() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Http.Reply r = download("/api/articles.jsonl?site=example.org");
        assertEquals("application/x-ndjson; charset=utf-8", r.header("Content-Type").orElseThrow());
        assertEquals("attachment; filename=\"herald-articles.jsonl\"", r.header("Content-Disposition").orElseThrow());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.body().split("\n")) lines.add(mapper.readTree(line));
        JsonNode hits = fixture.http.get("/api/articles?site=example.org").json().path("articles");
        assertEquals(toList(hits), lines);

        List<String> cols = CsvTables.ENTITY_COLUMNS;
        List<List<String>> entities = csv("/api/entities.csv", cols);
        JsonNode listed = fixture.http.get("/api/entities?limit=1000").json().path("entities");
        Map<String, String> mentions = new TreeMap<>();
        listed.forEach(e -> mentions.put(e.path("id").asText(), e.path("mentions").asText()));
        List<String> ids = column(entities, cols, "id");
        assertEquals(List.copyOf(mentions.keySet()), ids, "every entity, in id order");
        assertEquals(List.copyOf(mentions.values()), column(entities, cols, "mentions"));
        assertEquals(listed.size(), download("/api/entities.jsonl").body().split("\n").length);
        List<String> people = column(csv("/api/entities.csv?type=person", cols), cols, "id");
        assertEquals(ids.stream().filter(id -> id.startsWith("person:")).toList(), people);
        assertEquals(400, fixture.http.get("/api/entities.csv?type=people").status());
        assertEquals(field(fixture.http.get("/api/articles?limit=100").json().path("articles"), "id"),
                column(csv("/api/articles.csv", CsvTables.ARTICLE_COLUMNS), CsvTables.ARTICLE_COLUMNS, "id"));
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
