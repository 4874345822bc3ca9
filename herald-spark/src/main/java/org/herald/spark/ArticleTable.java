package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * {@code articles}: one row per analysed page, keyed by {@code article_id} (the SHA-256 of its bytes), with its
 * {@code story} ({@link DayStories}).
 */
final class ArticleTable extends Table {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "articles";
    }

    @Override
    List<StructField> columns() {
        return List.of(text("article_id"), text("source"), text("url"), text("site"), text("title"),
                DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType), true),
                text("published"), text("crawled"), text("language"), integer("words"), text("body"),
                integer("entity_count"), integer("quote_count"), integer("event_count"), text("story"));
    }

    @Override
    List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis) {
        if (analysis.isEmpty()) return List.of();
        JsonNode a = analysis.get();
        List<String> authors = new ArrayList<>();
        a.path("authors").forEach(n -> authors.add(n.asText()));
        Object[] row = {record.articleId().orElseThrow(), text(a, "source"), text(a, "url"), text(a, "site"),
                text(a, "title"), authors.toArray(new String[0]), text(a, "published"), text(a, "crawled"),
                text(a, "language"), a.path("words").asInt(), text(a, "body"), a.path("entities").size(),
                a.path("quotes").size(), a.path("events").size(), record.story().orElse(null)};
        return List.<Object[]>of(row);
    }
}
