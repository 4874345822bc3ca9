package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.archive.ArchiveFiles;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.TextParser;

/**
 * {@code ./herald bench analyze}: model load time, articles per second of the understanding stage on one thread
 * and on all, the cost of each stage, and the peak heap. Articles are extracted first and held in memory, so
 * only understanding is measured.
 */
final class AnalyzeBench {
    static final String USAGE = """
            usage: herald bench analyze [DIR | --synthetic N] [--seconds N] [--warmup N] [--threads N] [--json]

            Loads the language models (timed), warms up, then measures articles per second of `analyze` without
            extraction: one thread, then all threads, then each stage on one thread.

              DIR             articles to use: the documents `herald extract DIR` reads
              --synthetic N   N articles made from the bundled samples (about 600 tokens each); the default, 30
              --seconds N     length of each measurement; default 10
              --warmup N      warm up for exactly N seconds; by default the warm-up takes half a measurement, then
                              goes on until the JIT compiler has settled (at most six measurements' time)
              --threads N     threads for the all-core measurement; default: one per core
              --json          print the result as one JSON object instead of text
            """;

    private AnalyzeBench() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        BenchOptions options = new BenchOptions();
        int[] syntheticCount = {0};
        int[] fixedWarmup = {0};
        Optional<List<String>> read = a.read(name -> {
            if (name.equals("synthetic")) {
                syntheticCount[0] = a.positiveInt("synthetic");
            } else if (name.equals("warmup")) {
                fixedWarmup[0] = a.positiveInt("warmup");
            } else if (!options.read(a, name)) {
                throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        List<String> dirs = read.get();
        int seconds = options.seconds;
        int threads = options.threads;
        int synthetic = syntheticCount[0];
        boolean json = options.json;
        if (dirs.size() > 1 || (dirs.size() == 1 && synthetic > 0)) {
            throw a.error("give one DIR or --synthetic N, not both");
        }
        List<Article> articles = dirs.isEmpty() ? synthetic(synthetic == 0 ? 30 : synthetic) : load(dirs.get(0), io);
        if (articles.isEmpty()) {
            io.err().println("herald: no articles under " + dirs.get(0));
            return ExitCode.SOME_FAILED;
        }
        long loadStart = System.nanoTime();
        TextParser parser = Understanding.parser();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        Analyzer.Stages stages = Understanding.stages();
        Analyzer analyzer = new Analyzer(parser, stages, org.herald.nlp.AnalyzeSettings.defaults());
        Throughput<Article> bench = new Throughput<>(analyzer::process, x -> x.body().length(), articles);
        io.err().println("models loaded in " + String.format(Locale.ROOT, "%.1f", loadSeconds) + " s; warming up...");
        WarmUp.Done warm = fixedWarmup[0] > 0 ? WarmUp.fixed(bench, threads, fixedWarmup[0] * 1000L)
                : WarmUp.untilJitSettles(bench, threads, Math.max(1, seconds / 2) * 1000L, 6L * seconds * 1000L);
        io.err().println("warmed up for " + String.format(Locale.ROOT, "%.0f", warm.seconds()) + " s"
                + (warm.settled() ? " (JIT settled)" : fixedWarmup[0] > 0 ? "" : " (JIT still busy: limit reached)")
                + "; measuring one thread (" + seconds + " s)...");
        WarmUp.Jit jit = new WarmUp.Jit();
        Throughput.Result single = bench.measure(1, seconds * 1000L);
        double singleJitMs = jit.millisSinceLast();
        io.err().println("measuring " + threads + " threads (" + seconds + " s)...");
        Throughput.Result all = bench.measure(threads, seconds * 1000L);
        double allJitMs = jit.millisSinceLast();
        io.err().println("measuring each stage (" + seconds + " s)...");
        double[] stageMs = stageCosts(parser, stages, articles, seconds * 1000L);
        long tokens = 0;
        for (Article x : articles) {
            tokens += parser.parse(x.body()).sentences().stream().mapToLong(s -> s.tokens().size()).sum();
        }
        double tokensPerArticle = (double) tokens / articles.size();
        double peakHeapMb = peakHeapBytes() / 1e6;
        double liveHeapMb = liveHeapBytes() / 1e6;
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("articles", articles.size());
            o.put("tokens_per_article", Math.round(tokensPerArticle));
            o.put("cores", Runtime.getRuntime().availableProcessors());
            o.put("seconds", seconds);
            o.put("load_seconds", Math.round(loadSeconds * 10) / 10.0);
            o.put("warmup_seconds", Math.round(warm.seconds() * 10) / 10.0);
            o.put("warmup_jit_settled", warm.settled());
            o.put("jit_ms_single_thread", Math.round(singleJitMs));
            o.put("jit_ms_all_threads", Math.round(allJitMs));
            o.set("single_thread", BenchCommand.resultNode(mapper, single));
            o.set("all_threads", BenchCommand.resultNode(mapper, all));
            ObjectNode costs = o.putObject("stage_ms_per_article");
            String[] names = {"parse", "entities", "dates", "quotes", "events"};
            for (int i = 0; i < names.length; i++) costs.put(names[i], Math.round(stageMs[i] * 100) / 100.0);
            o.put("peak_heap_mb", Math.round(peakHeapMb));
            o.put("live_heap_mb", Math.round(liveHeapMb));
            io.out().println(o);
        } else {
            io.out().printf(Locale.ROOT, "articles: %d, %.0f tokens each on average; models loaded in %.1f s%n",
                    articles.size(), tokensPerArticle, loadSeconds);
            io.out().printf(Locale.ROOT, "warm-up: %.0f s%s%n", warm.seconds(), warm.settled() ? ", until the JIT settled"
                    : fixedWarmup[0] > 0 ? " (fixed)" : ", the limit: the JIT was still compiling");
            io.out().printf(Locale.ROOT, "single thread: %8.1f articles/s%n", single.pagesPerSecond());
            io.out().printf(Locale.ROOT, "%2d threads:    %8.1f articles/s%n", all.threads(), all.pagesPerSecond());
            io.out().printf(Locale.ROOT, "CPU per article (whole process): %.1f ms on one thread, %.1f ms on %d%n",
                    single.cpuMillisPerPage(), all.cpuMillisPerPage(), all.threads());
            io.out().printf(Locale.ROOT, "JIT compiling during the measurements: %.0f ms of %d s on one thread, %.0f ms "
                    + "of %d s on %d%n", singleJitMs, seconds, allJitMs, seconds, all.threads());
            io.out().printf(Locale.ROOT, "per article (one thread): parse %.1f ms, entities %.2f ms, dates %.2f ms, "
                    + "quotes %.2f ms, events %.2f ms%n", stageMs[0], stageMs[1], stageMs[2], stageMs[3], stageMs[4]);
            io.out().printf(Locale.ROOT, "heap: peak %.0f MB (garbage included), %.0f MB live after GC; max heap %d MB%n",
                    peakHeapMb, liveHeapMb, Runtime.getRuntime().maxMemory() >> 20);
        }
        return ExitCode.OK;
    }

    /** Milliseconds per article of parse, entities, dates, quotes and events, on one thread for about {@code millis}. */
    private static double[] stageCosts(TextParser parser, Analyzer.Stages stages, List<Article> articles, long millis) {
        long[] nanos = new long[5];
        int done = 0;
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < deadline || done == 0) {
            Article x = articles.get(done % articles.size());
            long t0 = System.nanoTime();
            ParsedText text = parser.parse(x.body());
            long t1 = System.nanoTime();
            List<Entity> entities = stages.entities().find(text);
            long t2 = System.nanoTime();
            LocalDate reference = LocalDate.of(2024, 3, 4);
            List<TimeExpression> dates = stages.dates().resolve(text, reference);
            long t3 = System.nanoTime();
            List<Quote> quotes = stages.quotes().find(text, entities);
            long t4 = System.nanoTime();
            stages.events().code(text, entities, dates, quotes, Optional.of(reference));
            long t5 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            done++;
        }
        double[] ms = new double[5];
        for (int i = 0; i < 5; i++) ms[i] = nanos[i] / 1e6 / done;
        return ms;
    }

    /** The sum of the heap pools' peak usage since the JVM started: an upper bound on the peak heap in use. */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: the models and lexicons, what a smaller {@code -Xmx} must hold. */
    private static long liveHeapBytes() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * {@code n} articles from the bundled samples: copy {@code i} of a sample has its paragraphs rotated by
     * {@code i}, so repeated articles are not identical strings.
     */
    static List<Article> synthetic(int n) {
        List<List<String>> samples = new ArrayList<>();
        for (String name : resource("index.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            List<String> paragraphs = new ArrayList<>();
            for (String block : resource(name).split("\n\\s*\n")) {
                String p = block.lines().filter(l -> !l.startsWith("#")).reduce((x, y) -> x + "\n" + y).orElse("").strip();
                if (!p.isEmpty()) paragraphs.add(p);
            }
            samples.add(paragraphs);
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> paragraphs = new ArrayList<>(samples.get(i % samples.size()));
            Collections.rotate(paragraphs, i / samples.size());
            articles.add(Article.builder("synthetic-" + i).published("2024-03-04", false).paragraphs(paragraphs).build());
        }
        return articles;
    }

    private static List<Article> load(String dir, Streams io) {
        ExtractSettings settings = ExtractSettings.defaults();
        ArticleExtractor extractor = new ArticleExtractor(settings);
        InputReader reader = new InputReader(settings.maxBytes(), io.in());
        List<Article> articles = new ArrayList<>();
        for (Input input : new InputFinder().find(List.of(dir))) {
            // a web archive is many pages, not one: `bench warc` measures those
            if (input.path().map(ArchiveFiles::isArchive).orElse(false)) continue;
            Outcome<Article> outcome = ExtractCommand.extract(input, Optional.empty(), reader, extractor);
            if (outcome instanceof Outcome.Ok<Article> ok) {
                articles.add(ok.value());
            } else {
                io.err().println("herald: skipped " + ((Outcome.Failed<Article>) outcome).detail());
            }
        }
        return articles;
    }

    private static String resource(String name) {
        try (InputStream in = AnalyzeBench.class.getResourceAsStream("bench/" + name)) {
            if (in == null) throw new IllegalStateException("bench sample missing from the class path: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bench sample " + name, e);
        }
    }
}
