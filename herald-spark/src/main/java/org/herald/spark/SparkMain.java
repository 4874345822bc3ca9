package org.herald.spark;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ./herald spark …} and {@code spark-submit --class org.herald.spark.SparkMain herald-spark-job.jar …}:
 * reads the options, starts (or joins) the Spark session, runs {@link HeraldJob} and prints its summary.
 */
public final class SparkMain {
    private static final String DEFAULT_MASTER = "local[2]";

    private SparkMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        Optional<JobOptions> options;
        try {
            options = JobOptions.parse(args);
        } catch (JobOptions.UsageException e) {
            System.err.println("herald spark: " + e.getMessage());
            System.err.println();
            System.err.print(JobOptions.USAGE);
            return 2;
        }
        if (options.isEmpty()) {
            System.out.print(JobOptions.USAGE);
            return 0;
        }
        try (SparkSession spark = session(options.get())) {
            HeraldJob.Summary summary = HeraldJob.run(spark, options.get());
            System.err.println("herald spark: " + summary.line() + "; tables in " + options.get().output());
            return summary.failedCount() == 0 ? 0 : 1;
        } catch (OpenSearchOutput.WriteFailed e) {
            System.err.println("herald spark: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println("herald spark: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("herald spark: cannot list the input: " + e.getMessage());
            return 1;
        }
    }

    /**
     * spark-submit passes its master as the {@code spark.master} system property; without one (./herald spark,
     * a test) the job runs on {@code local[2]}, without the web UI, which would only take a port.
     */
    static SparkSession session(JobOptions options) {
        SparkConf conf = new SparkConf().setAppName("herald");
        if (options.master().isPresent()) {
            conf.setMaster(options.master().get());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
            conf.set("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }
}
