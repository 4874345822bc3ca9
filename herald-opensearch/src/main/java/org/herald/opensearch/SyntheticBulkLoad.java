package org.herald.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.http.HttpHost;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.apache.http.util.EntityUtils;
import org.herald.model.Article;
import org.herald.model.json.AnalysisJson;
import org.herald.store.EntityKeys;
import org.herald.store.StoredArticle;
import org.herald.store.synthetic.SyntheticArticles;
import org.herald.stories.PublishedDates;
import org.herald.stories.StoryDocument;
import org.herald.stories.StoryMatcher;
import org.herald.stories.StoryPlacement;
import org.herald.stories.StorySum;
import org.opensearch.client.Request;
import org.opensearch.client.Response;
import org.opensearch.client.RestClient;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.rest_client.RestClientTransport;

/**
 * For benchmarks only: fills the OpenSearch store's indices with synthetic articles far faster than
 * {@link OpenSearchStore#put} can (issue 14's 1M articles / 10M events), so that the store's own queries can be
 * timed at that size. The documents are the store's own ({@link Documents}, in the indices and templates of
 * {@link Mappings}), so every query of {@link OpenSearchStore} reads them as it reads stored ones. What the load
 * skips, and why the indices then differ from a store's: no story placement (each article is given a story by its
 * number, {@link #storyOf}: stories of 32, 16, 8, 4, 2, 1 and 1 articles in every 64, and no story sums or
 * near-duplicate signatures, which only the placer reads), no entity resolution across articles (an entity keeps
 * the key {@link EntityKeys#key} gives its type and name, which for the synthetic people is already one key per
 * person), no check of what an earlier copy held, and indexing with refresh off until the end.
 */
public final class SyntheticBulkLoad implements AutoCloseable {
    /** One bulk request holds about this many characters of documents. */
    static final int REQUEST_CHARS = 6_000_000;
    static final int SOCKET_TIMEOUT_MS = 300_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RestClient rest;
    private final String prefix;
    private final String[] indices;
    private final Documents documents = new Documents(new EntityKeys());
    private final StoryMatcher matcher = StoryMatcher.defaults();

    /** Opens the store's indices under {@code prefix} at {@code url}, installing its templates when missing. */
    public SyntheticBulkLoad(String url, String prefix) {
        // a loaded node may take longer than the client's 30 s default over a bulk request or the final refresh
        this.rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setSocketTimeout(SOCKET_TIMEOUT_MS)).build();
        this.prefix = prefix;
        this.indices = new String[] {prefix + "-articles", prefix + "-events", prefix + "-entities",
                prefix + "-quotes"};
        try {
            Mappings.install(new OpenSearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())), prefix, 1);
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("OpenSearch at " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * The story article {@code n} is put in: the first article of its run, runs of 32, 16, 8, 4, 2, 1 and 1 in
     * every 64 articles, so that a few stories are large and most small, as in news.
     */
    static long storyOf(long n) {
        long block = n - n % 64;
        int offset = (int) (n % 64);
        int start = 0;
        for (int size : new int[] {32, 16, 8, 4, 2, 1, 1}) {
            if (offset < start + size) return block + start;
            start += size;
        }
        throw new AssertionError(offset);
    }

    /**
     * Writes articles {@code from} (included) to {@code to} (excluded) of {@code synthetic} with {@code threads}
     * threads, each sending its own bulk requests, then refreshes; returns the documents written.
     */
    public long load(SyntheticArticles synthetic, long from, long to, int threads) {
        setRefresh("-1");
        AtomicLong next = new AtomicLong(from);
        AtomicLong written = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    AnalysisJson json = new AnalysisJson();
                    StringBuilder body = new StringBuilder();
                    for (long n = next.getAndIncrement(); n < to; n = next.getAndIncrement()) {
                        written.addAndGet(append(body, synthetic.stored(n, json), n));
                        if (body.length() >= REQUEST_CHARS) send(body);
                    }
                    send(body);
                    return null;
                }));
            }
            for (Future<?> w : workers) w.get();
        } catch (Exception e) {
            throw new IllegalStateException("synthetic bulk load failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            setRefresh("5s");
        }
        perform(new Request("POST", "/" + String.join(",", indices) + "/_refresh"));
        return written.get();
    }

    /** The store's documents for one article, as bulk index lines; returns how many. */
    private int append(StringBuilder body, StoredArticle stored, long n) throws IOException {
        Article a = stored.analysis().article();
        StoryDocument doc = new StoryDocument(stored.id(), a.title().orElse(""), a.body(),
                a.published().flatMap(PublishedDates::parse));
        String story = String.format(java.util.Locale.ROOT, "synthetic-%08d", storyOf(n));
        StoryPlacement placement = new StoryPlacement(stored.id(), story, Optional.empty(), matcher.terms(doc),
                StorySum.empty(), doc.published(), Optional.empty(), doc.published(),
                a.published().flatMap(org.herald.store.Days::day).map(LocalDate::toEpochDay), false);
        Documents.Block block = documents.block(stored, placement, Map.of());
        String id = stored.id();
        int count = 0;
        for (Map<String, Object> e : block.events()) count += line(body, indices[1], id + ":" + e.get("seq"), e);
        for (Map<String, Object> q : block.quotes()) count += line(body, indices[3], id + ":" + q.get("seq"), q);
        for (Map.Entry<String, Map<String, Object>> e : block.entities().entrySet())
            count += line(body, indices[2], id + "|" + e.getKey(), e.getValue());
        return count + line(body, indices[0], id, block.article());
    }

    private static int line(StringBuilder body, String index, String id, Map<String, Object> doc) throws IOException {
        body.append("{\"index\":{\"_index\":").append(JSON.writeValueAsString(index)).append(",\"_id\":")
                .append(JSON.writeValueAsString(id)).append("}}\n").append(JSON.writeValueAsString(doc)).append('\n');
        return 1;
    }

    /** Sends one bulk request and empties the buffer; any item the cluster refused fails the load, naming why. */
    private void send(StringBuilder body) {
        if (body.isEmpty()) return;
        Request request = new Request("POST", "/_bulk");
        request.setEntity(new NStringEntity(body.toString(), ContentType.create("application/x-ndjson",
                StandardCharsets.UTF_8)));
        body.setLength(0);
        JsonNode response = perform(request);
        if (response.path("errors").asBoolean()) {
            for (JsonNode item : response.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode()) throw new IllegalStateException("bulk item refused: " + error);
            }
        }
    }

    private void setRefresh(String interval) {
        Request request = new Request("PUT", "/" + String.join(",", indices) + "/_settings");
        request.setJsonEntity("{\"index\":{\"refresh_interval\":\"" + interval + "\"}}");
        perform(request);
    }

    /** Each index's documents and bytes on disk (primaries), from {@code _cat/indices}. */
    public JsonNode sizes() {
        Request request = new Request("GET", "/_cat/indices/" + prefix + "-*");
        request.addParameter("format", "json");
        request.addParameter("bytes", "b");
        return perform(request);
    }

    private JsonNode perform(Request request) {
        try {
            Response response = rest.performRequest(request);
            return JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            rest.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
