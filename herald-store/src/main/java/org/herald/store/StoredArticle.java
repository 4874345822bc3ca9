package org.herald.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.herald.model.analysis.Analysis;

/**
 * What {@link Store#put} takes: an analysis under its id, the analysis as the JSON {@code ./herald analyze}
 * writes (kept verbatim, so {@code GET /api/articles/{id}} returns exactly that), and the original input when
 * there was one (shown to users only after sanitising).
 *
 * @param id           content hash of the input bytes (lower-case hex); equal inputs have equal ids
 * @param analysis     what the pipeline found; the store indexes its article, entities, quotes and events
 * @param analysisJson the analysis as {@code analyze} JSON
 * @param original     the input as received (HTML or text), for provenance
 * @param ingested     when it was stored
 */
public record StoredArticle(String id, Analysis analysis, String analysisJson, Optional<byte[]> original,
                            Instant ingested) {
    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(analysisJson, "analysisJson");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(ingested, "ingested");
        if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    }

    /** A stored article as read back: the analysis JSON and the original input. */
    public record Record(String id, String analysisJson, Optional<byte[]> original, Instant ingested) {
        public Record {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(analysisJson, "analysisJson");
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(ingested, "ingested");
        }
    }
}
