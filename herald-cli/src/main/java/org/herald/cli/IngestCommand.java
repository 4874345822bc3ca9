package org.herald.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.nlp.Analyzer;
import org.herald.store.IngestResult;
import org.herald.store.Ingestor;
import org.herald.store.Store;

/**
 * {@code ./herald ingest PATH... [--store DIR]}: analyses documents and stores them. Documents whose bytes are
 * stored already are skipped before any analysis, so a second run over the same folder changes nothing and
 * costs little. Commits every {@code --commit-every} documents: a crash (even kill -9) loses only the documents
 * since the last commit, and the next run finds them missing and ingests them; none is stored twice.
 */
final class IngestCommand {
    static final String USAGE = """
            usage: herald ingest [--store DIR] [--threads N] [--commit-every N] [--format html|text|auto] PATH...

            Extracts and analyses each document like `herald analyze` and keeps the result in the store, where
            `herald serve` finds it. A document is known by the SHA-256 of its bytes: ingesting it again is
            skipped, so runs can be repeated or resumed after a crash. Progress shows on a terminal; at the end
            a count line: in = stored + already stored + failed, with the failure reasons.

              PATH              a file or a folder (.html .htm .xhtml .txt, optionally .gz), as for `herald extract`
              --store DIR       the store folder, created when missing (default: herald-store)
              --threads N       worker threads; default: one per core
              --commit-every N  make the store durable after every N documents (default 100)
              --format F        html, text or auto, as for `herald extract`

            Exit code 0 when no document failed, 1 when some did, 2 for a usage error.
            """;
    static final String DEFAULT_STORE = "herald-store";

    private IngestCommand() {}

    private static final class Options {
        Path store = Path.of(DEFAULT_STORE);
        int threads = Runtime.getRuntime().availableProcessors();
        int commitEvery = 100;
        Optional<RawDocument.Format> format = Optional.empty();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "store" -> o.store = Path.of(a.value("store"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case "commit-every" -> o.commitEvery = a.positiveInt("commit-every");
                case "format" -> o.format = Optional.of(ExtractCommand.parseFormat(a, a.value("format")));
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (read.get().isEmpty()) {
            throw a.error("no PATH given");
        }
        List<Input> inputs = new InputFinder().find(read.get());
        try (Store store = Stores.open(o.store)) {
            IngestTally tally = ingest(inputs, o, store, io);
            io.err().println(tally.summary());
            return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (java.io.IOException e) {
            io.err().println("herald: store " + o.store + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    private static IngestTally ingest(List<Input> inputs, Options o, Store store, Streams io) {
        ExtractSettings settings = ExtractSettings.defaults();
        InputReader reader = new InputReader(settings.maxBytes(), io.in());
        Ingestor ingestor = new Ingestor(new ArticleExtractor(settings), () -> Understanding.loadAnnounced(io), store,
                java.time.Clock.systemUTC());
        IngestTally tally = new IngestTally();
        Progress progress = Progress.forTerminal(io.err(), inputs.size());
        int[] sinceCommit = {0};
        new OrderedRunner(o.threads).run(inputs, input -> {
            Input in = o.format.map(input::withFormat).orElse(input);
            Outcome<byte[]> bytes = reader.read(in);
            if (bytes instanceof Outcome.Failed<byte[]> f) {
                return IngestResult.failed(f.source(), Optional.empty(), f.reason(), f.detail());
            }
            byte[] b = ((Outcome.Ok<byte[]>) bytes).value();
            return ingestor.ingest(new RawDocument(in.source(), b, Optional.empty(), in.format()));
        }, result -> {
            tally.add(result);
            if (result.status() == IngestResult.Status.FAILED) {
                progress.clear();
                io.err().println("herald: " + result.source() + ": " + result.reason().map(Reason::kind).orElse("")
                        + ": " + result.detail());
            }
            if (result.status() == IngestResult.Status.STORED && ++sinceCommit[0] >= o.commitEvery) {
                store.commit();
                sinceCommit[0] = 0;
            }
            progress.show(tally);
        });
        long total = store.commit();
        progress.clear();
        io.err().printf(Locale.ROOT, "herald: store %s holds %d articles%n", o.store, total);
        return tally;
    }

}
