package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructField;

/** {@code entities}: one row per entity of an article (its id within the article, as in the analyze JSON). */
final class EntityTable extends Table {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "entities";
    }

    @Override
    List<StructField> columns() {
        return List.of(text("article_id"), text("entity_id"), text("name"), text("type"), text("title"),
                text("country"), integer("mentions"), integer("first_start"));
    }

    @Override
    List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis) {
        List<Object[]> rows = new ArrayList<>();
        if (analysis.isEmpty()) return rows;
        for (JsonNode e : analysis.get().path("entities")) {
            JsonNode mentions = e.path("mentions");
            Integer first = mentions.size() == 0 ? null : mentions.get(0).path("start").asInt();
            rows.add(new Object[] {record.articleId().orElseThrow(), text(e, "id"), text(e, "name"),
                    text(e, "type"), text(e, "title"), text(e, "country"), mentions.size(), first});
        }
        return rows;
    }
}
