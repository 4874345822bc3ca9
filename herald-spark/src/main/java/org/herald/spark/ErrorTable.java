package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructField;

/**
 * {@code errors}: one row per record that gave no article, with its reason ({@code malformed}, {@code
 * no_main_text}, … as {@code ./herald extract} names them) and where ({@code file#offset}).
 */
final class ErrorTable extends Table {
    private static final long serialVersionUID = 1L;

    @Override
    String name() {
        return "errors";
    }

    @Override
    List<StructField> columns() {
        return List.of(text("source"), text("article_id"), text("reason"), text("detail"));
    }

    @Override
    List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis) {
        if (record.failure().isEmpty()) return List.of();
        Object[] row = {record.source(), record.articleId().orElse(null), record.failure().get().kind(),
                record.detail()};
        return List.<Object[]>of(row);
    }
}
