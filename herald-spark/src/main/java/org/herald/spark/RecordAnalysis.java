package org.herald.spark;

import java.util.Optional;
import org.herald.extract.RawDocument;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.analysis.Analysis;
import org.herald.store.ContentHash;

/**
 * Extracts and analyses one archive record on an executor, as {@code ./herald analyze} does a page: the same
 * extractor, the same {@link org.herald.pipeline.Understanding}, the same JSON. Never throws: a stage that throws
 * fails its record as {@code stage_failed}, and the task (and the job) goes on.
 */
final class RecordAnalysis {
    private RecordAnalysis() {}

    static AnalysedRecord analyse(ArchiveRecord record) {
        if (record.failure().isPresent()) {
            return AnalysedRecord.failed(record, Optional.empty(), record.failure().get(), record.detail());
        }
        RawDocument doc = record.document().orElseThrow();
        String id = ContentHash.of(doc.bytes());
        try {
            ExecutorModels models = ExecutorModels.get();
            Outcome<Analysis> outcome = models.analyzer.process(models.extractor.extract(doc));
            if (outcome instanceof Outcome.Failed<Analysis> f) {
                return AnalysedRecord.failed(record, Optional.of(id), f.reason(), f.detail());
            }
            return AnalysedRecord.ok(record, id, models.json.toLine(outcome, Optional.empty()));
        } catch (RuntimeException e) {
            return AnalysedRecord.failed(record, Optional.of(id), Reason.STAGE_FAILED,
                    record.source() + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
