package org.herald.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.Reason;
import org.herald.model.Warning;
import org.herald.model.analysis.Analysis;

/**
 * What became of one input document: stored, skipped because the same bytes were stored before, or failed with a
 * reason. A batch's counts add up: documents in = stored + already stored + failed.
 *
 * @param source       the document's name as given (path, URL, request id)
 * @param articleId    its content hash; empty only when the bytes could not be read
 * @param analysis     what was found, for {@link Status#STORED}
 * @param analysisJson the analysis as stored, for {@link Status#STORED}
 */
public record IngestResult(String source, Status status, Optional<String> articleId, Optional<Reason> reason,
                           String detail, Optional<Analysis> analysis, Optional<String> analysisJson,
                           List<Warning> warnings) {
    public IngestResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(analysisJson, "analysisJson");
        warnings = List.copyOf(warnings);
        if ((status == Status.FAILED) != reason.isPresent()) {
            throw new IllegalArgumentException("a reason is given exactly when the document failed");
        }
    }

    public enum Status { STORED, ALREADY_STORED, FAILED }

    static IngestResult stored(String source, String id, Analysis analysis, String json, List<Warning> warnings) {
        return new IngestResult(source, Status.STORED, Optional.of(id), Optional.empty(), "", Optional.of(analysis),
                Optional.of(json), warnings);
    }

    static IngestResult alreadyStored(String source, String id) {
        return new IngestResult(source, Status.ALREADY_STORED, Optional.of(id), Optional.empty(), "",
                Optional.empty(), Optional.empty(), List.of());
    }

    public static IngestResult failed(String source, Optional<String> id, Reason reason, String detail) {
        return new IngestResult(source, Status.FAILED, id, Optional.of(reason), detail, Optional.empty(),
                Optional.empty(), List.of());
    }
}
