package org.herald.spark;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.analysis.Analysis;
import org.herald.store.ContentHash;

/**
 * Extracts and analyses one archive record on an executor, as {@code ./herald analyze} does a page: the same
 * extractor, the same {@link org.herald.pipeline.Understanding}, the same JSON. Never throws: a stage that throws
 * fails its record as {@code stage_failed}, a page over its time budget ({@code --doc-timeout}) is abandoned as
 * {@code timeout}, and the task (and the job) goes on. The page runs on a worker thread while the task's thread
 * waits on the budget, as the CLI's batch commands run it: a pathological page (a parse that never ends) cannot
 * hold an executor's task, and the interrupted worker stops at the analyzer's next check.
 */
final class RecordAnalysis {
    /** This executor JVM's page workers: daemon threads, made as tasks need them, so an abandoned page holds none back. */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "herald-page");
        t.setDaemon(true);
        return t;
    });

    private RecordAnalysis() {}

    static AnalysedRecord analyse(ArchiveRecord record, Duration budget) {
        if (record.failure().isPresent()) {
            return AnalysedRecord.failed(record, Optional.empty(), record.failure().get(), record.detail());
        }
        RawDocument doc = record.document().orElseThrow();
        String id = ContentHash.of(doc.bytes());
        Future<AnalysedRecord> work = null;
        try {
            // loaded before the clock starts: the first page of an executor does not pay the models' seconds
            ExecutorModels models = ExecutorModels.get();
            work = WORKERS.submit(() -> analysed(models, record, doc, id));
            return work.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            return AnalysedRecord.failed(record, Optional.of(id), Reason.TIMEOUT,
                    record.source() + ": took longer than " + seconds(budget) + " (--doc-timeout); abandoned");
        } catch (InterruptedException e) {
            // Spark is killing the task: stop the page too and let the task end
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("task interrupted while analysing " + record.source(), e);
        } catch (ExecutionException e) {
            return stageFailed(record, id, e.getCause());
        } catch (RuntimeException e) {
            return stageFailed(record, id, e);
        }
    }

    private static AnalysedRecord analysed(ExecutorModels models, ArchiveRecord record, RawDocument doc, String id) {
        Outcome<Analysis> outcome = models.analyzer.process(models.extractor.extract(doc));
        if (outcome instanceof Outcome.Failed<Analysis> f) {
            return AnalysedRecord.failed(record, Optional.of(id), f.reason(), f.detail());
        }
        return AnalysedRecord.ok(record, id, models.json.toLine(outcome, Optional.empty()));
    }

    private static AnalysedRecord stageFailed(ArchiveRecord record, String id, Throwable e) {
        return AnalysedRecord.failed(record, Optional.of(id), Reason.STAGE_FAILED,
                record.source() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    /** "60 s", or "0.5 s" for the short budgets of tests. */
    private static String seconds(Duration budget) {
        return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() / 1000.0 + " s";
    }
}
