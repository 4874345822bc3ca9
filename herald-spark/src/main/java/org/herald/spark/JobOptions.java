package org.herald.spark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code herald spark} was asked to do.
 *
 * @param inputs     archives, folders or globs, local paths or Hadoop file system URIs
 * @param output     the folder the five tables are written under (local path or URI)
 * @param master     the Spark master; empty: {@code local[2]}, unless spark-submit gave one
 * @param partitions how many tasks analyse the pages; empty: one per archive, at least four per core
 * @param docTimeout the time one page may take to extract and analyse before it fails as {@code timeout}
 * @param opensearch an OpenSearch cluster the articles are written into as well, beside the tables
 */
record JobOptions(List<String> inputs, String output, Optional<String> master, Format format,
                  Optional<Integer> partitions, Duration docTimeout, Optional<String> opensearch) {
    /** As the CLI's batch commands: a page over a minute is abandoned, the task goes on. */
    static final Duration DEFAULT_DOC_TIMEOUT = Duration.ofSeconds(60);

    JobOptions(List<String> inputs, String output, Optional<String> master, Format format,
               Optional<Integer> partitions, Duration docTimeout) {
        this(inputs, output, master, format, partitions, docTimeout, Optional.empty());
    }

    JobOptions(List<String> inputs, String output, Optional<String> master, Format format,
               Optional<Integer> partitions) {
        this(inputs, output, master, format, partitions, DEFAULT_DOC_TIMEOUT);
    }

    static final String USAGE = """
            usage: herald spark --input PATHS --output DIR [--master URL] [--format parquet|jsonl] [--partitions N]
                                [--doc-timeout S] [--opensearch URL]

            Reads web archives (.warc, .warc.gz, .arc.gz) on Spark, extracts and analyses every HTML page on the
            executors (the language models are loaded once per executor JVM) and writes five tables under DIR:
              articles  one row per article            entities  one row per entity of an article
              quotes    one row per quote              events    GDELT 2.0 columns plus mode, confidence, story
              errors    one row per record that gave no article, with its reason and file#offset
            each partitioned by date (the records' crawl day, UTC) and archive (the file's name). Running again
            over the same archives replaces their partitions; other archives' rows are kept.

              --input PATHS      archives, folders (searched recursively) or globs, comma-separated or the option
                                 repeated; local paths or Hadoop file system URIs (hdfs://, s3a://, file://)
              --output DIR       where the tables go (local path or Hadoop URI)
              --master URL       Spark master (default local[2]; under spark-submit, the one it was given)
              --format F         parquet (default) or jsonl (JSON Lines, one file set per partition)
              --partitions N     tasks that analyse pages (default: one per archive, at least four per core)
              --doc-timeout S    seconds one page may take to extract and analyse (default 60); past it the page
                                 is abandoned and becomes an errors row with reason timeout, and the task goes on
              --opensearch URL   also write the articles, with their events, entities and quotes, into the
                                 OpenSearch store at URL (http://host:9200, the indices ./herald serve --opensearch
                                 reads), from the executors; articles keep the story of the tables, running again
                                 replaces their documents; failed records stay rows of the errors table only

            A summary goes to stderr. Exit code 0 when every record gave an article, 1 when some failed, 2 for a
            usage error.
            """;

    enum Format {
        PARQUET("parquet"), JSONL("json");

        /** Spark's name of the data source. */
        final String source;

        Format(String source) {
            this.source = source;
        }
    }

    /** Thrown for a command line that does not parse; the message says why. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /** The options of a command line; empty for {@code --help}. */
    static Optional<JobOptions> parse(List<String> args) {
        List<String> inputs = new ArrayList<>();
        Optional<String> output = Optional.empty();
        Optional<String> master = Optional.empty();
        Format format = Format.PARQUET;
        Optional<Integer> partitions = Optional.empty();
        Duration docTimeout = DEFAULT_DOC_TIMEOUT;
        Optional<String> opensearch = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) return Optional.empty();
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(name + " needs a value");
            }
            switch (name) {
                case "--input" -> {
                    for (String p : value.split(",")) if (!p.isBlank()) inputs.add(p.strip());
                }
                case "--output" -> output = Optional.of(value);
                case "--master" -> master = Optional.of(value);
                case "--format" -> format = format(value);
                case "--partitions" -> partitions = Optional.of(positive(name, value));
                case "--doc-timeout" -> docTimeout = Duration.ofSeconds(positive(name, value));
                case "--opensearch" -> opensearch = Optional.of(url(value));
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (inputs.isEmpty()) throw new UsageException("no --input given");
        if (output.isEmpty()) throw new UsageException("no --output given");
        return Optional.of(new JobOptions(inputs, output.get(), master, format, partitions, docTimeout, opensearch));
    }

    private static Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "parquet" -> Format.PARQUET;
            case "jsonl" -> Format.JSONL;
            default -> throw new UsageException("--format must be parquet or jsonl, not '" + value + "'");
        };
    }

    private static String url(String value) {
        if (!value.matches("https?://[^/\\s]+/?")) {
            throw new UsageException("--opensearch needs a cluster's address such as http://localhost:9200, not '"
                    + value + "'");
        }
        return value;
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the one message for every bad value
        }
        throw new UsageException(option + " needs a positive whole number, not '" + value + "'");
    }
}
