package org.herald.server;

import java.util.Objects;
import java.util.Optional;
import org.herald.model.Reason;

/** What became of a posted document: stored (now or before) with its analysis, or refused with the reason. */
public sealed interface IngestReply permits IngestReply.Stored, IngestReply.Refused {

    /**
     * @param id             the article id (content hash), as in {@code /api/articles/{id}}
     * @param alreadyStored  true when the same bytes had been stored before: nothing was written
     * @param analysisJson   the analysis as {@code ./herald analyze} writes it; empty only when the same bytes are
     *                       being analysed by a concurrent request and are not stored yet
     */
    record Stored(String id, boolean alreadyStored, Optional<String> analysisJson) implements IngestReply {
        public Stored {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(analysisJson, "analysisJson");
        }
    }

    /** The document produced no article: why ({@code no_main_text}, {@code not_text} …) and where. */
    record Refused(Reason reason, String detail) implements IngestReply {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
