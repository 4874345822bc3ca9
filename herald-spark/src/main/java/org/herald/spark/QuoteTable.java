package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructField;

/** {@code quotes}: one row per quote, with its speaker's name and entity when one was found. */
final class QuoteTable extends Table {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "quotes";
    }

    @Override
    List<StructField> columns() {
        return List.of(text("article_id"), text("text"), text("type"), text("speaker"), text("speaker_entity"),
                text("cue"), text("addressee"), integer("start"), integer("end"));
    }

    @Override
    List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis) {
        List<Object[]> rows = new ArrayList<>();
        if (analysis.isEmpty()) return rows;
        for (JsonNode q : analysis.get().path("quotes")) {
            JsonNode speaker = q.path("speaker");
            JsonNode cue = q.path("cue");
            rows.add(new Object[] {record.articleId().orElseThrow(), text(q, "text"), text(q, "type"),
                    speaker.isObject() ? text(speaker, "name") : null,
                    speaker.isObject() ? text(speaker, "entity") : null,
                    cue.isObject() ? text(cue, "text") : null, text(q, "addressee"),
                    q.path("start").asInt(), q.path("end").asInt()});
        }
        return rows;
    }
}
