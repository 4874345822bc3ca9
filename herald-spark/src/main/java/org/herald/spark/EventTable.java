package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.herald.events.export.GdeltWriter;

/**
 * {@code events}: one row per event, every mode: the 61 GDELT 2.0 columns exactly as {@code ./herald export
 * --format gdelt} writes them (text, GDELT's names; DATEADDED is the job's start, the same on every executor),
 * then {@code mode}, {@code confidence}, {@code story} and {@code article_id}. GDELT has no mode column; here it
 * is one, so filter on it ({@code mode = 'asserted'}) for what a GDELT file would hold. {@code story} is the id of
 * the article's story among the run's pages of its crawl day ({@link DayStories}).
 */
final class EventTable extends Table {
    private static final long serialVersionUID = 1L;
    private final Instant jobStart;
    private transient GdeltWriter writer;

    EventTable(Instant jobStart) {
        this.jobStart = jobStart;
    }

    @Override
    String name() {
        return "events";
    }

    @Override
    List<StructField> columns() {
        List<StructField> fields = new ArrayList<>();
        for (String name : gdeltNames()) fields.add(text(name));
        fields.add(text("mode"));
        fields.add(DataTypes.createStructField("confidence", DataTypes.DoubleType, true));
        fields.add(text("story"));
        fields.add(text("article_id"));
        return fields;
    }

    @Override
    List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis) {
        List<Object[]> rows = new ArrayList<>();
        if (analysis.isEmpty()) return rows;
        GdeltWriter gdelt = writer();
        int n = gdeltNames().size();
        for (JsonNode e : analysis.get().path("events")) {
            String[] cells = gdelt.row(analysis.get(), e).split("\t", -1);
            Object[] row = Arrays.copyOf(cells, n + 4, Object[].class);
            for (int i = 0; i < n; i++) {
                if (cells[i].isEmpty()) row[i] = null; // an empty GDELT cell is a missing value
            }
            row[n] = text(e, "mode");
            row[n + 1] = e.path("confidence").isNumber() ? e.path("confidence").asDouble() : null;
            row[n + 2] = record.story().orElse(null);
            row[n + 3] = record.articleId().orElseThrow();
            rows.add(row);
        }
        return rows;
    }

    private static List<String> gdeltNames() {
        return GdeltWriter.columns();
    }

    /** Made on the executor, from its models; a writer holds no state between rows. */
    private GdeltWriter writer() {
        if (writer == null) {
            ExecutorModels m = ExecutorModels.get();
            writer = new GdeltWriter(m.places, m.gazetteer, Clock.fixed(jobStart, ZoneOffset.UTC));
        }
        return writer;
    }
}
