package org.herald.spark;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The job: archives → records (read on the executors, one task per archive) → spread over the cores → extracted
 * and analysed, each page within its time budget → put in stories by crawl day ({@link DayStories}) → five tables,
 * and with {@code --opensearch} the store's documents too ({@link OpenSearchOutput}). The analysed records are kept
 * (memory, then disk) while the tables and documents are written from them, so each page is analysed once. Each
 * table is written with dynamic partition overwrite: the partitions this run writes replace the same partitions of
 * an earlier run, the others stay.
 */
final class HeraldJob {
    private HeraldJob() {}

    /** What a run did, for the summary line. */
    record Summary(int archives, long records, long ok, Map<String, Long> failed, OptionalLong openSearchDocuments) {
        Summary(int archives, long records, long ok, Map<String, Long> failed) {
            this(archives, records, ok, failed, OptionalLong.empty());
        }

        long failedCount() {
            return failed.values().stream().mapToLong(Long::longValue).sum();
        }

        String line() {
            StringBuilder s = new StringBuilder(archives + (archives == 1 ? " archive, " : " archives, ") + records
                    + " records = " + ok + " ok + " + failedCount() + " failed");
            if (!failed.isEmpty()) {
                s.append(" (");
                failed.forEach((k, v) -> s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ").append(k)
                        .append(' ').append(v));
                s.append(')');
            }
            openSearchDocuments.ifPresent(n -> s.append("; ").append(n).append(" documents written to OpenSearch"));
            return s.toString();
        }
    }

    static Summary run(SparkSession spark, JobOptions options) throws IOException {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = context.hadoopConfiguration();
        List<String> archives = ArchiveInputs.find(options.inputs(), conf);
        HadoopSettings hadoop = new HadoopSettings(conf);
        Instant started = Instant.now();

        JavaRDD<ArchiveRecord> records = context.parallelize(archives, archives.size())
                .flatMap(uri -> ArchivePages.read(uri, hadoop.configuration()));
        // One archive is one task to read; analysing is ~1000 times the work of reading, so fewer archives
        // than cores would leave cores idle: the pages are dealt out again.
        int tasks = options.partitions().orElse(Math.max(archives.size(), 4 * context.defaultParallelism()));
        if (tasks != archives.size()) records = records.repartition(tasks);
        Duration budget = options.docTimeout();
        JavaRDD<AnalysedRecord> analysed = records.map(r -> RecordAnalysis.analyse(r, budget))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<AnalysedRecord> storied = inStories(analysed, tasks).persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            for (Table table : Table.all(started)) {
                write(spark, storied, table, options);
            }
            Map<String, Long> outcomes = new TreeMap<>(storied
                    .map(r -> r.failure().map(f -> f.kind()).orElse("ok")).countByValue());
            long ok = outcomes.getOrDefault("ok", 0L);
            outcomes.remove("ok");
            long total = ok + outcomes.values().stream().mapToLong(Long::longValue).sum();
            OptionalLong indexed = options.opensearch()
                    .map(url -> OptionalLong.of(OpenSearchOutput.write(storied, url, started)))
                    .orElse(OptionalLong.empty());
            return new Summary(archives.size(), total, ok, outcomes, indexed);
        } finally {
            storied.unpersist();
            analysed.unpersist();
        }
    }

    /**
     * The records with their stories ({@link DayStories}); a failed record has none. Joined by crawl day and article
     * id, so a page crawled on two days is in each day's story, and a page read twice in a day is in one.
     */
    private static JavaRDD<AnalysedRecord> inStories(JavaRDD<AnalysedRecord> analysed, int tasks) {
        JavaPairRDD<String, String> stories = DayStories.of(analysed, tasks);
        // a failed record joins nothing: its key (archive and offset) is no day and article id
        return analysed.mapToPair(r -> new Tuple2<>(r.analysisJson().isPresent() ? DayStories.key(r)
                        : "failed\t" + r.archive() + "\t" + r.source(), r))
                .leftOuterJoin(stories, tasks)
                .values()
                .map(joined -> joined._1().inStory(Optional.ofNullable(joined._2().orNull())));
    }

    private static void write(SparkSession spark, JavaRDD<AnalysedRecord> analysed, Table table,
                              JobOptions options) {
        JavaRDD<Row> rows = analysed.flatMap(r -> table.rows(r).iterator());
        Column[] partitions = Table.PARTITIONS.stream().map(functions::col).toArray(Column[]::new);
        spark.createDataFrame(rows, table.schema())
                .repartition(partitions) // one file per partition and table, not one per task
                .write()
                .mode(SaveMode.Overwrite)
                .option("partitionOverwriteMode", "dynamic")
                .partitionBy(Table.PARTITIONS.toArray(String[]::new))
                .format(options.format().source)
                .save(options.output() + "/" + table.name());
    }
}
