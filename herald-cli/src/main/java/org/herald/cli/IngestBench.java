package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.herald.archive.synthetic.SyntheticArchive;
import org.herald.nlp.AnalyzeSettings;
import org.herald.nlp.Analyzer;
import org.herald.nlp.text.ParsedText;

/**
 * {@code ./herald bench ingest}: the whole path from a web archive to the store, as {@code herald ingest FILE}
 * runs it (reading, extraction, analysis, the Lucene store with its commits), with the full analysis and with
 * extraction only, on one thread and on all. Each run ingests into a fresh temporary store; the time runs from
 * the command's start to its last commit, the language models loaded once before any run.
 */
final class IngestBench {
    static final String USAGE = """
            usage: herald bench ingest [--synthetic N] [--analyzed M] [--threads N,N...] [--extract-only] [--json]

            Runs `herald ingest` over a synthetic WARC (made-up news pages of ~70 KB HTML, gzip per record, as
            `bench warc` writes them) into a fresh temporary store for each run, timed from the start to the
            last commit, and reports pages per second and CPU seconds per page for each mode and thread count:

              extract   extraction and the store only: the runs use an analyzer that finds nothing (no parse,
                        no entities, quotes or events). A bench-only mode: `herald ingest` always analyses.
              analyze   the full analysis, as `herald ingest` runs it (models loaded before the timing)

              --synthetic N   pages of the archive in the extract runs; default 1000
              --analyzed M    pages of the archive in the analyze runs (the first M of the same pages); default 100
              --threads LIST  thread counts to run, comma-separated; default 1 and one per core
              --extract-only  only the extract runs (no models loaded)
              --json          print the runs as one JSON object instead of text

            It ends with what the rates mean for one CC-NEWS day (about 15 WARC files of 1 GiB), at this
            archive's bytes per page.
            """;
    private static final long GIB = 1L << 30;
    private static final int FILES_A_DAY = 15;
    private static final long SEED = 13;

    private IngestBench() {}

    /** One timed ingest. */
    record Run(String mode, int threads, long pages, double seconds, double cpuSeconds, String counts) {
        double pagesPerSecond() {
            return pages / seconds;
        }
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        int[] sizes = {1000, 100};
        List<Integer> threads = new ArrayList<>();
        boolean[] json = {false};
        boolean[] extractOnly = {false};
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "synthetic" -> sizes[0] = a.positiveInt("synthetic");
                case "analyzed" -> sizes[1] = a.positiveInt("analyzed");
                case "threads" -> {
                    for (String t : a.value("threads").split(",")) {
                        try {
                            int n = Integer.parseInt(t.strip());
                            if (n < 1) throw new NumberFormatException();
                            threads.add(n);
                        } catch (NumberFormatException e) {
                            throw a.error("--threads takes positive numbers, comma-separated, not '" + t + "'");
                        }
                    }
                }
                case "json" -> {
                    a.flag("json");
                    json[0] = true;
                }
                case "extract-only" -> {
                    a.flag("extract-only");
                    extractOnly[0] = true;
                }
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!read.get().isEmpty()) throw a.error("no operands: the archive is written here");
        if (threads.isEmpty()) {
            threads.add(1);
            int cores = Runtime.getRuntime().availableProcessors();
            if (cores > 1) threads.add(cores);
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("herald-bench-ingest-");
            Path extractWarc = temp.resolve("extract.warc.gz");
            Path analyzeWarc = temp.resolve("analyze.warc.gz");
            Path warmUpWarc = temp.resolve("warm-up.warc.gz");
            io.err().println("writing " + sizes[0] + " and " + sizes[1] + " synthetic pages to " + temp + "...");
            long extractBytes = SyntheticArchive.write(extractWarc, sizes[0], SEED);
            long analyzeBytes = SyntheticArchive.write(analyzeWarc, sizes[1], SEED);
            SyntheticArchive.write(warmUpWarc, 20, SEED + 1);

            Analyzer nothing = new Analyzer(text -> new ParsedText(text, List.of()), Analyzer.Stages.none(),
                    AnalyzeSettings.defaults());
            List<Run> runs = new ArrayList<>();
            int most = threads.stream().max(Integer::compare).orElse(1);
            // JIT warm-up on other pages, untimed
            ingest(temp, warmUpWarc, "warm-up", most, () -> nothing, io);
            for (int t : threads) {
                runs.add(ingest(temp, extractWarc, "extract", t, () -> nothing, io));
            }
            if (!extractOnly[0]) {
                Analyzer full = Understanding.loadAnnounced(io);
                ingest(temp, warmUpWarc, "warm-up", most, () -> full, io);
                for (int t : threads) {
                    runs.add(ingest(temp, analyzeWarc, "analyze", t, () -> full, io));
                }
            }
            double bytesPerPage = (double) extractBytes / sizes[0];
            if (json[0]) {
                io.out().println(toJson(runs, extractBytes, analyzeBytes, bytesPerPage));
            } else {
                print(runs, extractBytes, sizes[0], analyzeBytes, sizes[1], bytesPerPage, io);
            }
            return runs.stream().allMatch(r -> r.counts().contains(" 0 failed")) ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (IOException e) {
            io.err().println("herald: " + Failures.oneLine(e));
            return ExitCode.SOME_FAILED;
        } finally {
            if (temp != null) deleteTree(temp, io);
        }
    }

    /** One {@code herald ingest --threads T WARC} into a fresh store, timed and its count line kept. */
    private static Run ingest(Path temp, Path warc, String mode, int threads, Supplier<Analyzer> analyzer, Streams io)
            throws IOException {
        Path store = Files.createTempDirectory(temp, "store-");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Streams captured = new Streams(new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        io.err().printf(Locale.ROOT, "ingest (%s) on %d thread%s...%n", mode, threads, threads == 1 ? "" : "s");
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        int code = IngestCommand.run(List.of("--store", store.toString(), "--threads", Integer.toString(threads),
                warc.toString()), captured, Stores::open, analyzer);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
        String log = err.toString(StandardCharsets.UTF_8);
        String counts = log.lines().filter(l -> l.contains(" in = ")).findFirst().orElse("");
        if (code != ExitCode.OK && code != ExitCode.SOME_FAILED) {
            throw new IOException("the ingest stopped (exit " + code + "): " + log.strip());
        }
        deleteTree(store, io);
        long pages = Long.parseLong(counts.substring(0, counts.indexOf(' ')));
        return new Run(mode, threads, pages, seconds, cpuSeconds, counts);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void print(List<Run> runs, long extractBytes, int extractPages, long analyzeBytes,
                              int analyzePages, double bytesPerPage, Streams io) {
        io.out().printf(Locale.ROOT, "archives: %d pages, %.1f MB (extract); %d pages, %.1f MB (analyze); %.1f KB of"
                + " gzip WARC a page%n", extractPages, extractBytes / 1e6, analyzePages, analyzeBytes / 1e6,
                bytesPerPage / 1e3);
        io.out().println("mode     threads   pages  seconds  pages/s  CPU s/page  count line");
        for (Run r : runs) {
            io.out().printf(Locale.ROOT, "%-8s %7d %7d %8.1f %8.2f %11.3f  %s%n", r.mode(), r.threads(), r.pages(),
                    r.seconds(), r.pagesPerSecond(), r.cpuSeconds() / r.pages(), r.counts());
        }
        long pagesAFile = Math.round(GIB / bytesPerPage);
        io.out().printf(Locale.ROOT, "one CC-NEWS day at %.1f KB a page: %d pages a 1 GiB file, %d for %d files%n",
                bytesPerPage / 1e3, pagesAFile, pagesAFile * FILES_A_DAY, FILES_A_DAY);
        for (Run r : runs) {
            double hours = pagesAFile * FILES_A_DAY / r.pagesPerSecond() / 3600;
            io.out().printf(Locale.ROOT, "  %-8s on %d thread%s: %6.1f h for the day (%.1f h a file)%n", r.mode(),
                    r.threads(), r.threads() == 1 ? " " : "s", hours, hours / FILES_A_DAY);
        }
    }

    private static ObjectNode toJson(List<Run> runs, long extractBytes, long analyzeBytes, double bytesPerPage) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode o = mapper.createObjectNode();
        o.put("extract_archive_bytes", extractBytes);
        o.put("analyze_archive_bytes", analyzeBytes);
        o.put("bytes_per_page", Math.round(bytesPerPage));
        long pagesADay = Math.round(GIB / bytesPerPage) * FILES_A_DAY;
        o.put("cc_news_day_pages", pagesADay);
        ArrayNode list = o.putArray("runs");
        for (Run r : runs) {
            ObjectNode n = list.addObject();
            n.put("mode", r.mode());
            n.put("threads", r.threads());
            n.put("pages", r.pages());
            n.put("seconds", Math.round(r.seconds() * 10) / 10.0);
            n.put("pages_per_second", Math.round(r.pagesPerSecond() * 100) / 100.0);
            n.put("cpu_seconds_per_page", Math.round(r.cpuSeconds() / r.pages() * 1000) / 1000.0);
            n.put("cc_news_day_hours", Math.round(pagesADay / r.pagesPerSecond() / 3600 * 10) / 10.0);
            n.put("counts", r.counts());
        }
        return o;
    }

    private static void deleteTree(Path root, Streams io) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            io.err().println("herald: could not delete " + root + ": " + Failures.oneLine(e));
        }
    }
}
