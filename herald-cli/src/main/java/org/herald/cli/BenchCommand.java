package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.archive.ArchiveFiles;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;

/**
 * {@code ./herald bench extract DIR}: extraction speed on a folder of pages held in memory, so disk and
 * decompression are not measured. A quick look for development; the reference numbers come from herald-bench.
 */
final class BenchCommand {
    static final String USAGE = """
            usage: herald bench extract DIR [--seconds N] [--threads N] [--json]
                   herald bench analyze [DIR | --synthetic N] [--seconds N] [--threads N] [--json]
                   herald bench store [--articles N] [--store DIR] [--queries N] [--json]
                   herald bench serve-load [--articles N] [--clients N,N...] [--seconds N] [--json]
                   herald bench warc [FILE | --synthetic N] [--threads N] [--json]
                   herald bench ingest [--synthetic N] [--analyzed M] [--threads N,N...] [--json]
                   herald bench cluster [--articles N] [--report-every N] | --store DIR ...
                   herald bench rejoin --store DIR [--surnames N] [--puts N]

            Loads the pages under DIR into memory (the same files `herald extract DIR` reads), warms up,
            then measures pages per second on one thread (the speed of one core) and on all threads.

              --seconds N     length of each measurement; default 10 (warm-up takes half as long)
              --threads N     threads for the all-core measurement; default: one per core
              --json          print the result as one JSON object instead of text

            `bench analyze` measures the understanding stage instead; see `herald bench analyze --help`.
            `bench store` measures the store's query latencies; see `herald bench store --help`.
            `bench cluster` clusters a synthetic news stream into stories, in memory or into a store; see
            `herald bench cluster --help` and `herald bench cluster --store DIR --help`.
            `bench rejoin` times deciding surname-only people again; see `herald bench rejoin --help`.
            `bench serve-load` loads the HTTP server with many clients; see `herald bench serve-load --help`.
            `bench warc` measures reading (and extracting) a web archive; see `herald bench warc --help`.
            `bench ingest` measures a web archive into the store, with and without analysis; see
            `herald bench ingest --help`.
            """;

    private BenchCommand() {}

    static int run(List<String> args, Streams io) {
        if (!args.isEmpty() && args.get(0).equals("analyze")) {
            return AnalyzeBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("serve-load")) {
            return ServeLoadBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("warc")) {
            return WarcBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("ingest")) {
            return IngestBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("cluster")) {
            return ClusterBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("rejoin")) {
            return RejoinBench.run(args.subList(1, args.size()), io);
        }
        if (!args.isEmpty() && args.get(0).equals("store")) {
            return StoreBench.run(args.subList(1, args.size()), io);
        }
        Args a = new Args(args, USAGE);
        BenchOptions o = new BenchOptions();
        Optional<List<String>> read = a.read(name -> {
            if (!o.read(a, name)) throw a.unknown(name);
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        List<String> operands = read.get();
        int seconds = o.seconds;
        int threads = o.threads;
        boolean json = o.json;
        if (operands.size() != 2 || !operands.get(0).equals("extract")) {
            throw a.error("expected: bench extract DIR, or bench analyze");
        }
        List<RawDocument> pages = load(operands.get(1), io);
        if (pages.isEmpty()) {
            io.err().println("herald: no pages under " + operands.get(1));
            return ExitCode.SOME_FAILED;
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        Throughput<RawDocument> bench = new Throughput<>(extractor::extract, p -> p.bytes().length, pages);
        Tally tally = new Tally();
        pages.forEach(p -> tally.add(extractor.extract(p)));
        io.err().println("warming up (" + Math.max(1, seconds / 2) + " s)...");
        bench.measure(threads, Math.max(1, seconds / 2) * 1000L);
        io.err().println("measuring one thread (" + seconds + " s)...");
        Throughput.Result single = bench.measure(1, seconds * 1000L);
        io.err().println("measuring " + threads + " threads (" + seconds + " s)...");
        Throughput.Result all = bench.measure(threads, seconds * 1000L);
        long bytes = pages.stream().mapToLong(p -> p.bytes().length).sum();
        if (json) {
            io.out().println(toJson(operands.get(1), pages.size(), bytes, tally, seconds, single, all));
        } else {
            io.out().printf(Locale.ROOT, "pages: %d (%.1f MB) under %s; extraction: %s%n",
                    pages.size(), bytes / 1e6, operands.get(1), tally.summary());
            io.out().printf(Locale.ROOT, "single thread: %8.1f pages/s %7.2f MB/s%n",
                    single.pagesPerSecond(), single.megabytesPerSecond());
            io.out().printf(Locale.ROOT, "%2d threads:    %8.1f pages/s %7.2f MB/s%n",
                    all.threads(), all.pagesPerSecond(), all.megabytesPerSecond());
        }
        return ExitCode.OK;
    }

    /** Every page under the folder, read once; unreadable files are reported and left out of the measurement. */
    private static List<RawDocument> load(String dir, Streams io) {
        InputReader reader = new InputReader(ExtractSettings.defaults().maxBytes(), io.in());
        List<RawDocument> pages = new ArrayList<>();
        for (Input input : new InputFinder().find(List.of(dir))) {
            // a web archive is many pages, not one: `bench warc` measures those
            if (input.path().map(ArchiveFiles::isArchive).orElse(false)) continue;
            Outcome<byte[]> read = reader.read(input);
            if (read instanceof Outcome.Ok<byte[]> ok) {
                pages.add(new RawDocument(input.source(), ok.value(), Optional.empty(), input.format()));
            } else {
                io.err().println("herald: skipped " + ((Outcome.Failed<byte[]>) read).detail());
            }
        }
        return pages;
    }

    private static String toJson(String dir, int pages, long bytes, Tally tally, int seconds,
                                 Throughput.Result single, Throughput.Result all) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("folder", dir);
        o.put("pages", pages);
        o.put("bytes", bytes);
        o.put("ok", tally.ok());
        o.put("failed", tally.failed());
        o.put("seconds", seconds);
        o.put("cores", Runtime.getRuntime().availableProcessors());
        o.set("single_thread", resultNode(mapper, single));
        o.set("all_threads", resultNode(mapper, all));
        return o.toString();
    }

    static ObjectNode resultNode(ObjectMapper mapper, Throughput.Result r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("threads", r.threads());
        o.put("pages", r.pages());
        o.put("pages_per_second", Math.round(r.pagesPerSecond() * 10) / 10.0);
        o.put("mb_per_second", Math.round(r.megabytesPerSecond() * 100) / 100.0);
        o.put("cpu_ms_per_page", Math.round(r.cpuMillisPerPage() * 10) / 10.0);
        return o;
    }
}
