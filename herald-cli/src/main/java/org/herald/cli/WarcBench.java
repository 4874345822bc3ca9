package org.herald.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.archive.ArchiveEntry;
import org.herald.archive.ArchiveReader;
import org.herald.archive.synthetic.SyntheticArchive;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Article;
import org.herald.model.Outcome;

/**
 * {@code ./herald bench warc [FILE | --synthetic N]}: how fast an archive is read (records and MB per second,
 * gunzip and HTTP decoding included, on the one thread that reads archives) and how fast it is read and extracted
 * on all threads, as {@code herald extract FILE} does it.
 */
final class WarcBench {
    static final String USAGE = """
            usage: herald bench warc [FILE | --synthetic N] [--threads N] [--json]

            Reads the archive three times after one warm-up read and reports the best: records per second and
            MB per second of the file (compressed). Then reads and extracts it on --threads threads.

              FILE            a .warc, .warc.gz or .arc.gz file
              --synthetic N   write a WARC of N made-up pages (a request and a response record each, gzip per
                              record, about 70 KB of HTML a page) to a temporary file and use it; default 3000
              --threads N     threads for the extraction measurement; default: one per core
              --json          print the result as one JSON object instead of text
            """;
    private static final int READS = 3;

    private WarcBench() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        BenchOptions options = new BenchOptions();
        int[] synthetic = {3000};
        Optional<List<String>> read = a.read(name -> {
            if (name.equals("synthetic")) {
                synthetic[0] = a.positiveInt("synthetic");
            } else if (!options.read(a, name)) {
                throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (read.get().size() > 1) throw a.error("one FILE at most");
        Path file;
        boolean temporary = read.get().isEmpty();
        try {
            if (temporary) {
                file = Files.createTempFile("herald-bench-", ".warc.gz");
                io.err().println("writing " + synthetic[0] + " synthetic pages to " + file + "...");
                SyntheticArchive.write(file, synthetic[0], 13);
            } else {
                file = Path.of(read.get().get(0));
            }
        } catch (IOException e) {
            io.err().println("herald: " + Failures.oneLine(e));
            return ExitCode.SOME_FAILED;
        }
        try {
            return measure(file, options, io);
        } catch (IOException e) {
            io.err().println("herald: " + Terminal.safe(file.toString()) + ": " + Failures.oneLine(e));
            return ExitCode.SOME_FAILED;
        } finally {
            if (temporary) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    io.err().println("herald: could not delete " + file + ": " + Failures.oneLine(e));
                }
            }
        }
    }

    private static int measure(Path file, BenchOptions options, Streams io) throws IOException {
        long size = Files.size(file);
        long maxBytes = ExtractSettings.defaults().maxBytes();
        Count count = readAll(file, maxBytes); // warm-up
        long best = Long.MAX_VALUE;
        for (int i = 0; i < READS; i++) {
            long start = System.nanoTime();
            count = readAll(file, maxBytes);
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;

        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        Documents.Reading reading = Documents.Reading.of(new InputReader(maxBytes, new ByteArrayInputStream(new byte[0])),
                maxBytes, Optional.empty(), Optional.empty());
        Tally tally = new Tally();
        long start = System.nanoTime();
        try (DocumentSource docs = new Documents(List.of(Input.file(file.toString(), file)), reading)) {
            Documents.run(docs, new OrderedRunner(options.threads), options.threads,
                    doc -> ExtractCommand.extract(doc, extractor), doc -> {
                        throw new IllegalStateException("no time budget");
                    }, (Outcome<Article> outcome) -> tally.add(outcome));
        }
        double extractSeconds = (System.nanoTime() - start) / 1e9;

        if (options.json) {
            ObjectNode o = new ObjectMapper().createObjectNode();
            o.put("file", file.toString());
            o.put("bytes", size);
            o.put("records", count.records);
            o.put("pages", count.pages);
            o.put("payload_bytes", count.payloadBytes);
            o.put("records_per_second", Math.round(count.records / seconds));
            o.put("mb_per_second", Math.round(size / 1e6 / seconds * 10) / 10.0);
            o.put("threads", options.threads);
            o.put("extracted_pages_per_second", Math.round(tally.ok() / extractSeconds * 10) / 10.0);
            o.put("extract_ok", tally.ok());
            o.put("extract_failed", tally.failed());
            io.out().println(o);
        } else {
            io.out().printf(Locale.ROOT, "archive: %s, %.1f MB, %d records, %d pages (%.1f MB of HTML)%n", file,
                    size / 1e6, count.records, count.pages, count.payloadBytes / 1e6);
            io.out().printf(Locale.ROOT, "read:    %8.0f records/s %7.1f MB/s (best of %d, one thread)%n",
                    count.records / seconds, size / 1e6 / seconds, READS);
            io.out().printf(Locale.ROOT, "extract: %8.1f pages/s on %d threads (%s)%n",
                    tally.ok() / extractSeconds, options.threads, tally.summary());
        }
        return ExitCode.OK;
    }

    /** Records and pages of one read; a mutable tally, since this is the loop being timed. */
    private static final class Count {
        long records;
        long pages;
        long payloadBytes;
    }

    /** Reads every entry; records = pages + skipped + failed (jwarc's record count, one entry each). */
    private static Count readAll(Path file, long maxBytes) throws IOException {
        Count c = new Count();
        try (ArchiveReader archive = ArchiveReader.open(file, file.toString(), maxBytes)) {
            for (Optional<ArchiveEntry> e; (e = archive.next()).isPresent(); ) {
                c.records++;
                if (e.get() instanceof ArchiveEntry.Page p) {
                    c.pages++;
                    c.payloadBytes += p.document().bytes().length;
                }
            }
        }
        return c;
    }
}
