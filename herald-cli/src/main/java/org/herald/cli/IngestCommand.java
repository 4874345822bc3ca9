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
            usage: herald ingest [--store DIR] [--threads N] [--commit-every N] [--format html|text|auto]
                                [--doc-timeout S] PATH...

            Extracts and analyses each document like `herald analyze` and keeps the result in the store, where
            `herald serve` finds it. A document is known by the SHA-256 of its bytes: ingesting it again is
            skipped, so runs can be repeated or resumed after a crash. Progress shows on a terminal; at the end
            a count line: in = stored + already stored + failed, with the failure reasons.

              PATH              a file or a folder (.html .htm .xhtml .txt, optionally .gz), as for `herald extract`
              --store DIR       the store folder, created when missing (default: herald-store)
              --threads N       worker threads; default: one per core
              --commit-every N  make the store durable after every N documents (default 100)
              --format F        html, text or auto, as for `herald extract`
              --doc-timeout S   seconds one document may take before it fails as timeout and the run goes on
                                (default 60)

            Ctrl-C or SIGTERM commits what is stored so far before the process ends.

            Exit code 0 when no document failed, 1 when some did, 2 for a usage error, 3 when an error (the store
            cannot be written: disk full, say) stopped the run; what was committed before it stays.
            """;
    static final String DEFAULT_STORE = "herald-store";

    private IngestCommand() {}

    private static final class Options {
        Path store = Path.of(DEFAULT_STORE);
        int threads = Runtime.getRuntime().availableProcessors();
        int commitEvery = 100;
        Optional<RawDocument.Format> format = Optional.empty();
        java.time.Duration budget = DocumentBudget.defaults();
    }

    /** Opens the store a run writes to; {@link Stores#open} outside tests. */
    interface StoreOpener {
        Store open(Path dir) throws java.io.IOException;
    }

    static int run(List<String> args, Streams io) {
        return run(args, io, Stores::open);
    }

    static int run(List<String> args, Streams io, StoreOpener opener) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "store" -> o.store = Path.of(a.value("store"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case "commit-every" -> o.commitEvery = a.positiveInt("commit-every");
                case "format" -> o.format = Optional.of(ExtractCommand.parseFormat(a, a.value("format")));
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
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
        Store store;
        try {
            store = opener.open(o.store);
        } catch (java.io.IOException | RuntimeException e) {
            io.err().println("herald: store " + Terminal.safe(o.store.toString()) + ": " + Failures.oneLine(e));
            return ExitCode.STOPPED;
        }
        IngestTally tally = new IngestTally();
        long[] committed = {0};
        int code;
        try {
            ingest(inputs, o, store, io, tally, committed);
            io.err().println(tally.summary());
            code = tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (RuntimeException e) {
            // The store failed (disk full, index closed): every later document would fail the same way. One line
            // says why, the count line what was done; what was committed stays, and a second run skips it.
            io.err().println("herald: ingest stopped: " + Failures.oneLine(e));
            io.err().println(tally.summary());
            try {
                committed[0] = store.commit(); // what the writer holds, if the cause allows it
            } catch (RuntimeException again) {
                // the store cannot commit either: what the last commit made durable is what there is
            }
            io.err().printf(Locale.ROOT, "herald: the store %s holds %d committed articles; run the same ingest again"
                    + " once the cause is fixed: what is stored is skipped%n", Terminal.safe(o.store.toString()),
                    committed[0]);
            code = ExitCode.STOPPED;
        }
        try {
            store.close();
        } catch (java.io.IOException | RuntimeException e) {
            io.err().println("herald: closing the store " + Terminal.safe(o.store.toString()) + ": "
                    + Failures.oneLine(e));
            code = ExitCode.STOPPED;
        }
        return code;
    }

    private static void ingest(List<Input> inputs, Options o, Store store, Streams io, IngestTally tally,
                               long[] committed) {
        // Ctrl-C or SIGTERM: what the writer holds is committed before the process ends, so only documents still
        // being analysed are lost (the next run ingests them).
        Thread onSignal = new Thread(() -> {
            try {
                long n = store.commit();
                io.err().printf(Locale.ROOT, "%nherald: interrupted: committed; the store %s holds %d articles; run "
                        + "the same ingest again to add the rest%n", Terminal.safe(o.store.toString()), n);
            } catch (RuntimeException e) {
                io.err().println("herald: interrupted, and the last commit failed: " + Failures.oneLine(e));
            }
        }, "herald-ingest-commit-on-exit");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            ingestAll(inputs, o, store, io, tally, committed);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it commits
            }
        }
    }

    private static void ingestAll(List<Input> inputs, Options o, Store store, Streams io, IngestTally tally,
                                  long[] committed) {
        ExtractSettings settings = ExtractSettings.defaults();
        InputReader reader = new InputReader(settings.maxBytes(), io.in());
        Ingestor ingestor = new Ingestor(new ArticleExtractor(settings), () -> Understanding.loadAnnounced(io), store,
                java.time.Clock.systemUTC());
        Progress progress = Progress.forTerminal(io.err(), inputs.size());
        int[] sinceCommit = {0};
        DocumentBudget.runner(o.threads, o.budget).run(inputs, input -> {
            Input in = o.format.map(input::withFormat).orElse(input);
            Outcome<byte[]> bytes = reader.read(in);
            if (bytes instanceof Outcome.Failed<byte[]> f) {
                return IngestResult.failed(f.source(), Optional.empty(), f.reason(), f.detail());
            }
            byte[] b = ((Outcome.Ok<byte[]>) bytes).value();
            return ingestor.ingest(new RawDocument(in.source(), b, Optional.empty(), in.format()));
        }, input -> IngestResult.failed(input.source(), Optional.empty(), Reason.TIMEOUT,
                DocumentBudget.detail(input.source(), o.budget)), result -> {
            tally.add(result);
            if (result.status() == IngestResult.Status.FAILED) {
                progress.clear();
                io.err().println("herald: " + Terminal.safe(result.source() + ": "
                        + result.reason().map(Reason::kind).orElse("") + ": " + result.detail()));
            }
            if (result.status() == IngestResult.Status.STORED && ++sinceCommit[0] >= o.commitEvery) {
                committed[0] = store.commit();
                sinceCommit[0] = 0;
            }
            progress.show(tally);
        });
        committed[0] = store.commit();
        progress.clear();
        io.err().printf(Locale.ROOT, "herald: store %s holds %d articles%n", o.store, committed[0]);
    }

}
