package org.herald.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.nlp.Analyzer;
import org.herald.pipeline.DocumentIntake;
import org.herald.pipeline.IngestResult;

/**
 * {@code ./herald ingest PATH... [--store DIR]}: analyses documents and stores them. Documents whose bytes are
 * stored already are skipped before any analysis, so a second run over the same folder changes nothing and
 * costs little. Commits every {@code --commit-every} documents: a crash (even kill -9) loses only the documents
 * since the last commit, and the next run finds them missing and ingests them; none is stored twice.
 */
final class IngestCommand {
    static final String USAGE = """
            usage: herald ingest [--store DIR] [--threads N] [--commit-every N] [--format html|text|auto]
                                [--doc-timeout S] [--paths FILE] PATH...

            Extracts and analyses each document like `herald analyze` and keeps the result in the store, where
            `herald serve` finds it. A document is known by the SHA-256 of its bytes: ingesting it again is
            skipped, so runs can be repeated or resumed after a crash. Progress shows on a terminal; at the end
            a count line: in = stored + already stored + failed, with the failure reasons.

              PATH              a file, a folder (.html .htm .xhtml .txt, optionally .gz) or a web archive (.warc,
                                .warc.gz, .arc.gz: one document per HTML response), as for `herald extract`
              --paths FILE      also ingest the archives FILE lists, one path a line (as Common Crawl publishes
                                them for CC-NEWS, plain or .gz), relative to FILE's folder or absolute
              --store DIR       the store folder, created when missing (default: herald-store)
              --opensearch URL  store into an OpenSearch 2.19 cluster instead (http://host:9200); --store DIR then
                                keeps only the run's own state (archive progress, the writer note)
              --threads N       worker threads; default: one per core
              --commit-every N  make the store durable after every N documents (default 100)
              --format F        html, text or auto, as for `herald extract`
              --doc-timeout S   seconds one document may take before it fails as timeout and the run goes on
                                (default 60)

            Ctrl-C or SIGTERM commits what is stored so far before the process ends. An archive is resumed where
            the last commit left it, even after a kill -9: the store's folder keeps the offset of the last record
            dealt with in each archive (archive-progress.tsv).

            One writer per store: while a `herald serve` owns the store's writer (it was started with --watch or
            HERALD_TOKEN), the documents are handed to it, and it analyses, stores and commits each, within
            --doc-timeout (a document it gives up is counted timeout and never stored); the counts are the same. While another ingest or watch writes the store, nothing is done (exit code 4).

            Exit code 0 when no document failed, 1 when some did, 2 for a usage error, 3 when an error (the store
            cannot be written: disk full, say) stopped the run; what was committed before it stays; 4 when another
            process writes the store.
            """;
    static final String DEFAULT_STORE = "herald-store";

    private IngestCommand() {}

    private static final class Options {
        /** Stops the documents' clock while the language models load. */
        final BudgetClock clock = new BudgetClock();
        /** The store this run opened itself, whose puts the commit on Ctrl-C shuts first (none for a hand-off). */
        final List<PutGate> gates = new java.util.concurrent.CopyOnWriteArrayList<>();
        Path store = Path.of(DEFAULT_STORE);
        Optional<String> opensearch = Optional.empty();
        int threads = Runtime.getRuntime().availableProcessors();
        int commitEvery = 100;
        Optional<RawDocument.Format> format = Optional.empty();
        java.time.Duration budget = DocumentBudget.defaults();
        Optional<Path> paths = Optional.empty();
    }

    static int run(List<String> args, Streams io) {
        return run(args, io, Stores::open);
    }

    static int run(List<String> args, Streams io, StoreAccess.StoreOpener opener) {
        return run(args, io, opener, () -> Understanding.loadAnnounced(io));
    }

    /**
     * @param analyzer the understanding stage, asked for when the first new document needs it; {@code bench
     *                 ingest} passes one it loaded already, or one that finds nothing to time the rest of the path
     */
    static int run(List<String> args, Streams io, StoreAccess.StoreOpener opener,
                   java.util.function.Supplier<Analyzer> analyzer) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "store" -> o.store = Path.of(a.value("store"));
                case "opensearch" -> o.opensearch = Optional.of(a.value("opensearch"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case "commit-every" -> o.commitEvery = a.positiveInt("commit-every");
                case "format" -> o.format = Optional.of(ExtractCommand.parseFormat(a, a.value("format")));
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
                case "paths" -> o.paths = Optional.of(Path.of(a.value("paths")));
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (read.get().isEmpty() && o.paths.isEmpty()) {
            throw a.error("no PATH given (or --paths FILE)");
        }
        List<String> operands = new java.util.ArrayList<>(read.get());
        if (o.paths.isPresent()) {
            try {
                operands.addAll(PathsList.read(o.paths.get()));
            } catch (java.io.IOException e) {
                io.err().println("herald: --paths " + Terminal.safe(o.paths.get().toString()) + ": "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : Failures.oneLine(e)));
                return ExitCode.USAGE;
            }
        }
        List<Input> inputs = new InputFinder().find(operands);
        DocumentIntake store;
        try {
            // The models load when the first new document needs them, with the documents' clock stopped; the store's
            // puts can be shut, so that the count printed on Ctrl-C is what that commit made durable (#11).
            StoreAccess.StoreOpener gated = dir -> {
                PutGate gate = new PutGate(Stores.opener(o.opensearch, opener).open(dir));
                o.gates.add(gate);
                return gate;
            };
            store = StoreAccess.open(o.store, "ingest", false, gated,
                    () -> o.clock.untimed(analyzer::get), o.budget);
        } catch (StoreBusyException e) {
            io.err().println("herald: " + e.getMessage());
            return ExitCode.STORE_BUSY;
        } catch (java.io.IOException | RuntimeException e) {
            io.err().println("herald: store " + Terminal.safe(o.store.toString()) + ": " + Failures.oneLine(e));
            return ExitCode.STOPPED;
        }
        if (store instanceof HandOffIntake) {
            io.err().println("herald: documents go to " + Terminal.safe(store.describe()) + ", which writes the store");
        }
        IngestTally tally = new IngestTally();
        SkipCounts skipped = new SkipCounts();
        long[] committed = {0};
        int code;
        try {
            ingest(inputs, o, store, io, tally, skipped, committed);
            io.err().println(tally.summary() + skipped.suffix());
            code = tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        } catch (RuntimeException e) {
            // The store failed (disk full, index closed): every later document would fail the same way. One line
            // says why, the count line what was done; what was committed stays, and a second run skips it.
            io.err().println("herald: ingest stopped: " + Failures.oneLine(e));
            io.err().println(tally.summary() + skipped.suffix());
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

    private static void ingest(List<Input> inputs, Options o, DocumentIntake store, Streams io, IngestTally tally,
                               SkipCounts skipped, long[] committed) {
        ArchiveProgress progress = ArchiveProgress.load(o.store);
        // Ctrl-C or SIGTERM: what the writer holds is committed before the process ends, so only documents still
        // being analysed are lost (the next run ingests them).
        Thread onSignal = new Thread(() -> {
            try {
                o.gates.forEach(PutGate::shut);
                long n = commit(store, progress);
                io.err().printf(Locale.ROOT, "%nherald: interrupted: committed; the store %s holds %d articles; run "
                        + "the same ingest again to add the rest%n", Terminal.safe(o.store.toString()), n);
            } catch (RuntimeException e) {
                io.err().println("herald: interrupted, and the last commit failed: " + Failures.oneLine(e));
            }
        }, "herald-ingest-commit-on-exit");
        Runtime.getRuntime().addShutdownHook(onSignal);
        try {
            ingestAll(inputs, o, store, progress, io, tally, skipped, committed);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onSignal);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it commits
            }
        }
    }

    private static void ingestAll(List<Input> inputs, Options o, DocumentIntake store, ArchiveProgress archives,
                                  Streams io,
                                  IngestTally tally, SkipCounts skipped, long[] committed) {
        ExtractSettings settings = ExtractSettings.defaults();
        Documents.Reading reading = new Documents.Reading(new InputReader(settings.maxBytes(), io.in()),
                settings.maxBytes(), o.format, Optional.empty(), archives::resumeAfter);
        // An archive's document count is known only once it is read: the bar then counts without a total.
        Progress progress = Progress.forTerminal(io.err(), Documents.anyArchive(inputs) ? -1 : inputs.size());
        int[] sinceCommit = {0};
        try (DocumentSource docs = new Documents(inputs, reading, skipped)) {
            // A server the documents are handed to keeps their budget and says which it gave up; abandoning one
            // here could count failed what it goes on to store.
            OrderedRunner runner = store.keepsTimeBudget() ? new OrderedRunner(o.threads, Optional.empty(), o.clock)
                    : DocumentBudget.runner(o.threads, o.budget, o.clock);
            Documents.run(docs, runner, o.threads, doc -> {
                Outcome<RawDocument> raw = doc.content().read();
                IngestResult result = raw instanceof Outcome.Failed<RawDocument> f
                        ? IngestResult.failed(f.source(), Optional.empty(), f.reason(), f.detail())
                        : store.ingest(((Outcome.Ok<RawDocument>) raw).value());
                return new Done(result, doc.mark());
            }, doc -> new Done(IngestResult.failed(doc.source(), Optional.empty(), Reason.TIMEOUT,
                    DocumentBudget.detail(doc.source(), o.budget)), doc.mark()), done -> {
                IngestResult result = done.result();
                tally.add(result);
                done.mark().ifPresent(archives::done);
                if (result.status() == IngestResult.Status.FAILED) {
                    progress.clear();
                    io.err().println("herald: " + Terminal.safe(result.source() + ": "
                            + result.reason().map(Reason::kind).orElse("") + ": " + result.detail()));
                }
                if (result.status() == IngestResult.Status.STORED && ++sinceCommit[0] >= o.commitEvery) {
                    committed[0] = commit(store, archives);
                    sinceCommit[0] = 0;
                }
                progress.show(tally);
            });
            committed[0] = commit(store, archives);
            progress.clear();
        }
        io.err().printf(Locale.ROOT, "herald: store %s holds %d articles%n", o.store, committed[0]);
    }

    /** An ingest result and the archive record it came from, if any. */
    private record Done(IngestResult result, Optional<SourceDocument.ArchiveMark> mark) {}

    /**
     * Commits the store and then saves how far each archive got. The progress is taken before the commit: every
     * record in it was stored (or needed no storing) before the commit began, so it never claims a record the
     * commit did not make durable.
     */
    private static long commit(DocumentIntake store, ArchiveProgress archives) {
        List<String> progress = archives.snapshot();
        long n = store.commit();
        archives.save(progress);
        return n;
    }

}
