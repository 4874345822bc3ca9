package org.herald.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.model.json.AnalysisJson;
import org.herald.store.Store;
import org.herald.store.export.CsvTables;
import org.herald.store.export.StorePages;
import org.herald.store.lucene.LuceneStore;
import org.herald.store.synthetic.SyntheticArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads longer than one store page (#12): the server follows the pages' cursors, and every event and quote is
 * written once, none left out.
 */
class DownloadPagingTest {
    static final int ARTICLES = 600;

    @TempDir
    static Path dir;
    static Store store;
    static HeraldServer server;
    static Http http;

    @BeforeAll
    static void start() throws IOException {
        store = LuceneStore.open(dir);
        SyntheticArticles synthetic = new SyntheticArticles(7, 4, LocalDate.parse("2024-01-01"), 60);
        AnalysisJson json = new AnalysisJson();
        for (int n = 0; n < ARTICLES; n++) store.put(synthetic.stored(n, json));
        store.commit();
        server = new HeraldServer(store, Optional.empty(), ServerSettings.readOnly(0)).start();
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        store.close();
    }

    @Test
    void anEventDownloadOfSeveralPagesHoldsEveryEventOnce() {
        long events = store.eventCount();
        assertTrue(events > 1.5 * StorePages.PAGE_SIZE, "the download must span pages: " + events);
        Http.Reply r = http.get("/api/events.csv");
        assertEquals(200, r.status());
        List<List<String>> rows = CsvParser.parse(r.body());
        List<String> cols = rows.get(0);
        assertEquals(CsvTables.EVENT_COLUMNS, cols);
        Set<String> keys = new HashSet<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            keys.add(row.get(cols.indexOf("article_id")) + "#" + row.get(cols.indexOf("event_index")));
        }
        assertEquals(events, rows.size() - 1, "no event left out");
        assertEquals(events, keys.size(), "no event written twice");
        assertEquals(events, http.get("/api/events.tsv?mode=all").body().split("\n").length);
    }

    @Test
    void aQuoteDownloadOfSeveralPagesHoldsEveryQuoteOnce() {
        long quotes = http.get("/api/quotes?limit=0").json().path("total").asLong();
        assertTrue(quotes > StorePages.PAGE_SIZE, "the download must span pages: " + quotes);
        List<List<String>> rows = CsvParser.parse(http.get("/api/quotes.csv").body());
        assertEquals(quotes, rows.size() - 1);
        Set<List<String>> distinct = new HashSet<>(rows.subList(1, rows.size()));
        assertEquals(quotes, distinct.size(), "no quote written twice");
    }
}
