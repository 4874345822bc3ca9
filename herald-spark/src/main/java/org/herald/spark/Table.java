package org.herald.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One output table: its name, its columns and the rows one analysed record gives it. Every table ends with the
 * partition columns {@code date} and {@code archive} ({@link AnalysedRecord}); the rows are read from the
 * {@code ./herald analyze} JSON, the form the GDELT writer reads too.
 */
abstract class Table implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> PARTITIONS = List.of("date", "archive");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The tables of a job, in the order they are written. */
    static List<Table> all(Instant jobStart) {
        return List.of(new ArticleTable(), new EntityTable(), new QuoteTable(), new EventTable(jobStart),
                new ErrorTable());
    }

    /** The folder under the output folder. */
    abstract String name();

    /** The columns before the partition columns. */
    abstract List<StructField> columns();

    /** The values of {@link #columns()} for each row the record gives; none for most tables when it failed. */
    abstract List<Object[]> values(AnalysedRecord record, Optional<JsonNode> analysis);

    final StructType schema() {
        List<StructField> fields = new ArrayList<>(columns());
        for (String p : PARTITIONS) fields.add(DataTypes.createStructField(p, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    final Iterable<Row> rows(AnalysedRecord record) {
        Optional<JsonNode> analysis = record.analysisJson().map(Table::parse);
        List<Row> rows = new ArrayList<>();
        for (Object[] v : values(record, analysis)) {
            Object[] all = java.util.Arrays.copyOf(v, v.length + 2);
            all[v.length] = record.date();
            all[v.length + 1] = record.archive();
            rows.add(RowFactory.create(all));
        }
        return rows;
    }

    static StructField text(String name) {
        return DataTypes.createStructField(name, DataTypes.StringType, true);
    }

    static StructField integer(String name) {
        return DataTypes.createStructField(name, DataTypes.IntegerType, true);
    }

    /** A JSON field as text; null when absent or null, as Spark writes a missing value. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("analysis JSON does not parse (a bug in AnalysisJson)", e);
        }
    }
}
