package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.herald.model.json.AnalysisJson;
import org.herald.store.ArticleQuery;
import org.herald.store.DateRange;
import org.herald.store.EntitySummary;
import org.herald.store.EventQuery;
import org.herald.store.EventTraits;
import org.herald.store.Paging;
import org.herald.store.QuoteQuery;
import org.herald.store.Store;
import org.herald.store.TimelineQuery;
import org.herald.store.synthetic.SyntheticArticles;

/**
 * {@code ./herald bench store}: fills a store with synthetic analysed articles (or reuses one already filled),
 * then times the queries the API serves, one at a time after a warm-up, and prints latency percentiles.
 */
final class StoreBench {
    static final String USAGE = """
            usage: herald bench store [--articles N] [--events-per-article N] [--store DIR | --opensearch URL
                                      [--bulk-load]] [--queries N] [--json]

            Writes N synthetic analysed articles (invented people and countries, about 10 events each, over
            three years; see org.herald.store.synthetic) into a store, then runs each kind of query --queries
            times with varied parameters and reports p50/p95/p99 latency in milliseconds, plus the rate at which
            articles went into the store. A store folder that already holds N articles is reused as it is.

              --articles N            articles to store (default 100000)
              --events-per-article N  mean events per article (default 10)
              --store DIR             store folder (default: a temporary folder, deleted afterwards)
              --opensearch URL        the store on this OpenSearch cluster instead (quotes and entities, not
                                      served there yet, are not timed)
              --bulk-load             with --opensearch: write the synthetic articles as the store's own documents
                                      in bulk (no story placement, no entity resolution across articles; see
                                      SyntheticBulkLoad), for sizes the store's write path would take days for,
                                      and print each index's documents and bytes
              --queries N             timed queries per kind (default 300, after 100 untimed)
              --json                  print one JSON object instead of text
            """;
    private static final String[] WORDS = {"talks", "sanctions", "agreement", "troops", "protest", "aid",
            "minister", "border", "vote", "accused"};
    private static final String[] CODES = {"RUS", "UKR", "USA", "CHN", "DEU", "FRA", "GBR", "ISR", "IRN", "TUR"};
    private static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 3 * 365;
    private static final int FREQUENT_ENTITIES = 50;

    private StoreBench() {}

    private static final class Options {
        int articles = 100_000;
        int perArticle = 10;
        int queries = 300;
        Optional<Path> store = Optional.empty();
        Optional<String> opensearch = Optional.empty();
        boolean bulkLoad;
        boolean json;
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "articles" -> o.articles = a.positiveInt("articles");
                case "events-per-article" -> o.perArticle = a.positiveInt("events-per-article");
                case "queries" -> o.queries = a.positiveInt("queries");
                case "store" -> o.store = Optional.of(Path.of(a.value("store")));
                case "opensearch" -> o.opensearch = Optional.of(a.value("opensearch"));
                case "bulk-load" -> {
                    a.flag("bulk-load");
                    o.bulkLoad = true;
                }
                case "json" -> {
                    a.flag("json");
                    o.json = true;
                }
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!read.get().isEmpty()) throw a.error("bench store takes no PATH; use --store DIR");
        if (o.bulkLoad && o.opensearch.isEmpty()) throw a.error("--bulk-load needs --opensearch URL");
        try {
            if (o.bulkLoad) bulkLoad(o.opensearch.get(), o.articles, o.perArticle, io);
            Path folder = o.store.isPresent() ? o.store.get() : Files.createTempDirectory("herald-bench-store");
            try (Store store = o.opensearch.isPresent() ? Stores.openCluster(o.opensearch.get())
                    : Stores.open(folder)) {
                double fillRate = fill(store, o.articles, o.perArticle, io);
                Map<String, double[]> latencies = measure(store, o.queries, o.opensearch.isEmpty(), io);
                report(store, fillRate, latencies, o.json, io);
            } finally {
                if (o.store.isEmpty()) Folders.delete(folder);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            io.err().println("herald: bench store: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    /** Articles per second into the store (generation and JSON included), or 0 when the store was reused. */
    static double fill(Store store, int articles, int perArticle, Streams io) {
        long have = store.articleCount();
        if (have >= articles) {
            io.err().printf(Locale.ROOT, "reusing the store: %d articles, %d events%n", have, store.eventCount());
            return 0;
        }
        io.err().printf(Locale.ROOT, "writing %d synthetic articles...%n", articles);
        SyntheticArticles synthetic = new SyntheticArticles(1, perArticle, FIRST, DAYS);
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong next = new AtomicLong(have);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    AnalysisJson json = new AnalysisJson();
                    for (long n = next.getAndIncrement(); n < articles; n = next.getAndIncrement()) {
                        store.put(synthetic.stored(n, json));
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
        } catch (Exception e) {
            throw new IllegalStateException("filling the store failed", e);
        } finally {
            pool.shutdownNow();
        }
        long committing = System.nanoTime();
        store.commit();
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        // CPU time says what the store costs when other jobs share the cores and wall time says little.
        io.err().printf(Locale.ROOT, "stored in %.1f s, of which the final commit %.1f s; %.1f CPU s (all threads)%n",
                seconds, (end - committing) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        return (articles - have) / seconds;
    }

    /**
     * Fills the cluster's store indices up to {@code articles} synthetic articles with {@link SyntheticBulkLoad}
     * (the articles already there are kept), then prints the rate and each index's size on disk.
     */
    private static void bulkLoad(String url, int articles, int perArticle, Streams io) throws IOException {
        try (Store store = Stores.openCluster(url);
             org.herald.opensearch.SyntheticBulkLoad load = new org.herald.opensearch.SyntheticBulkLoad(url,
                     Stores.OPENSEARCH_PREFIX)) {
            long have = store.articleCount();
            if (have < articles) {
                io.err().printf(Locale.ROOT, "bulk-loading synthetic articles %d..%d...%n", have, articles);
                long cpuStart = processCpuNanos();
                long start = System.nanoTime();
                long docs = load.load(new SyntheticArticles(1, perArticle, FIRST, DAYS), have, articles,
                        Runtime.getRuntime().availableProcessors());
                double seconds = (System.nanoTime() - start) / 1e9;
                io.out().printf(Locale.ROOT, "bulk load: %d articles, %d documents in %.1f s: %.0f articles/s, "
                                + "%.0f documents/s; client %.1f CPU s%n", articles - have, docs, seconds,
                        (articles - have) / seconds, docs / seconds, (processCpuNanos() - cpuStart) / 1e9);
            }
            for (var index : load.sizes())
                io.out().printf(Locale.ROOT, "index %s: %s documents, %s bytes (primaries)%n",
                        index.path("index").asText(), index.path("docs.count").asText(),
                        index.path("pri.store.size").asText());
        }
    }

    /** Latencies of each kind of query; {@code everyKind} false leaves out quotes and entities. */
    private static Map<String, double[]> measure(Store store, int queries, boolean everyKind, Streams io) {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Consumer<SplittableRandom>> kinds = new LinkedHashMap<>();
        kinds.put("search: words", r -> store.searchArticles(new ArticleQuery(Optional.of(word(r)), DateRange.ALL,
                Optional.empty(), Optional.empty(), Paging.first(20))));
        kinds.put("search: words + month + site", r -> store.searchArticles(new ArticleQuery(Optional.of(word(r)),
                month(r), Optional.empty(), Optional.of("site" + r.nextInt(30) + ".example"), Paging.first(20))));
        kinds.put("search: newest, no words", r -> store.searchArticles(new ArticleQuery(Optional.empty(),
                month(r), Optional.empty(), Optional.empty(), Paging.first(20))));
        kinds.put("events: dyad", r -> store.searchEvents(new EventQuery(Optional.of(code(r)), Optional.of(code(r)),
                Optional.empty(), Optional.empty(), Optional.empty(), DateRange.ALL, EventTraits.ANY, Paging.first(50))));
        if (everyKind) kinds.put("quotes: words", r -> store.searchQuotes(new QuoteQuery(Optional.empty(), Optional.of("vote"),
                month(r), Paging.first(20))));
        // Frequent entities, as a reader clicking through the top of the entity list would pick them.
        List<EntitySummary> frequent = everyKind ? store.searchEntities("", FREQUENT_ENTITIES) : List.of();
        if (!frequent.isEmpty()) {
            kinds.put("entities: name prefix", r -> store.searchEntities(prefix(frequent.get(
                    r.nextInt(frequent.size())).name()), 10));
            kinds.put("entity profile: frequent", r -> store.findEntity(frequent.get(
                    r.nextInt(frequent.size())).id()));
        }
        // Timelines count asserted events, as /api/timeline does by default.
        kinds.put("timeline: dyad by week", r -> store.timeline(new TimelineQuery(Optional.of(code(r)),
                Optional.of(code(r)), Optional.empty(), EventTraits.ASSERTED, TimelineQuery.Interval.WEEK,
                DateRange.ALL)));
        kinds.put("timeline: source by day", r -> store.timeline(new TimelineQuery(Optional.of(code(r)),
                Optional.empty(), Optional.empty(), EventTraits.ASSERTED, TimelineQuery.Interval.DAY, DateRange.ALL)));
        kinds.put("timeline: all by month", r -> store.timeline(new TimelineQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), EventTraits.ASSERTED, TimelineQuery.Interval.MONTH,
                DateRange.ALL)));
        // The same without the mode filter: what the asserted default costs.
        kinds.put("timeline: all by month, every mode", r -> store.timeline(new TimelineQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), EventTraits.ANY, TimelineQuery.Interval.MONTH, DateRange.ALL)));
        Map<String, double[]> results = new LinkedHashMap<>();
        for (Map.Entry<String, Consumer<SplittableRandom>> kind : kinds.entrySet()) {
            io.err().println("timing " + kind.getKey() + "...");
            for (int i = 0; i < 100; i++) kind.getValue().accept(random);
            double[] ms = new double[queries];
            for (int i = 0; i < queries; i++) {
                long t = System.nanoTime();
                kind.getValue().accept(random);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            results.put(kind.getKey(), ms);
        }
        return results;
    }

    private static void report(Store store, double fillRate, Map<String, double[]> latencies,
                               boolean json, Streams io) {
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("articles", store.articleCount());
            o.put("events", store.eventCount());
            o.put("store_articles_per_second", Math.round(fillRate));
            ObjectNode q = o.putObject("latency_ms");
            latencies.forEach((k, ms) -> q.putObject(k).put("p50", round(pct(ms, 50))).put("p95", round(pct(ms, 95)))
                    .put("p99", round(pct(ms, 99))));
            io.out().println(o);
            return;
        }
        io.out().printf(Locale.ROOT, "store: %d articles, %d events; written at %.0f articles/s%n",
                store.articleCount(), store.eventCount(), fillRate);
        io.out().printf(Locale.ROOT, "%-30s %8s %8s %8s%n", "query (ms)", "p50", "p95", "p99");
        latencies.forEach((k, ms) -> io.out().printf(Locale.ROOT, "%-30s %8.2f %8.2f %8.2f%n", k, pct(ms, 50),
                pct(ms, 95), pct(ms, 99)));
    }

    private static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    /** The first three letters of a name, as typed into a search-as-you-type box. */
    private static String prefix(String name) {
        return name.substring(0, Math.min(3, name.length()));
    }

    private static String code(SplittableRandom r) {
        return CODES[r.nextInt(CODES.length)];
    }

    private static DateRange month(SplittableRandom r) {
        LocalDate from = FIRST.plusMonths(r.nextInt(36));
        return new DateRange(Optional.of(from), Optional.of(from.plusMonths(1).minusDays(1)));
    }

    /** CPU time of the whole process (every thread, JIT and GC included), or 0 where the JVM cannot tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** Nearest-rank percentile of sorted values. */
    static double pct(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }
}
