package org.herald.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

    @Test
    void inputsAreCommaSeparatedOrRepeatedAndTheDefaultsAreParquetAndNoMaster() {
        JobOptions o = JobOptions.parse(List.of("--input", "a.warc.gz,hdfs://nn/b/", "--input=c.warc",
                "--output", "out")).orElseThrow();
        assertEquals(List.of("a.warc.gz", "hdfs://nn/b/", "c.warc"), o.inputs());
        assertEquals("out", o.output());
        assertEquals(Optional.empty(), o.master());
        assertEquals(JobOptions.Format.PARQUET, o.format());
    }

    @Test
    void jsonlIsWrittenBySparksJsonSource() {
        JobOptions o = JobOptions.parse(List.of("--input", "a", "--output", "o", "--format", "jsonl",
                "--master", "spark://host:7077", "--partitions", "8")).orElseThrow();
        assertEquals("json", o.format().source);
        assertEquals(Optional.of("spark://host:7077"), o.master());
        assertEquals(Optional.of(8), o.partitions());
    }

    @Test
    void theDocumentBudgetIsSecondsAndAMinuteByDefault() {
        assertEquals(Duration.ofSeconds(60), JobOptions.parse(List.of("--input", "a", "--output", "o")).orElseThrow()
                .docTimeout());
        assertEquals(Duration.ofSeconds(5), JobOptions.parse(List.of("--input", "a", "--output", "o",
                "--doc-timeout", "5")).orElseThrow().docTimeout());
        assertEquals("--doc-timeout needs a positive whole number, not '0'", assertThrows(
                JobOptions.UsageException.class, () -> JobOptions.parse(List.of("--input", "a", "--output", "o",
                        "--doc-timeout", "0"))).getMessage());
    }

    @Test
    void anOpenSearchClusterIsAnAddressAndNoneByDefault() {
        assertEquals(Optional.empty(), JobOptions.parse(List.of("--input", "a", "--output", "o")).orElseThrow()
                .opensearch());
        assertEquals(Optional.of("http://127.0.0.1:9200"), JobOptions.parse(List.of("--input", "a", "--output", "o",
                "--opensearch", "http://127.0.0.1:9200")).orElseThrow().opensearch());
        assertEquals("--opensearch needs a cluster's address such as http://localhost:9200, not 'localhost:9200'",
                assertThrows(JobOptions.UsageException.class, () -> JobOptions.parse(List.of("--input", "a",
                        "--output", "o", "--opensearch", "localhost:9200"))).getMessage());
    }

    @Test
    void helpGivesNoOptions() {
        assertTrue(JobOptions.parse(List.of("--help")).isEmpty());
    }

    @Test
    void mistakesAreUsageErrorsSayingWhat() {
        assertEquals("no --output given", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse(List.of("--input", "a"))).getMessage());
        assertEquals("--format must be parquet or jsonl, not 'csv'", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse(List.of("--input", "a", "--output", "o", "--format", "csv"))).getMessage());
        assertEquals("unknown option --threads", assertThrows(JobOptions.UsageException.class,
                () -> JobOptions.parse(List.of("--threads", "2"))).getMessage());
    }
}
