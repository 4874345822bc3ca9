package org.herald.cli;

import java.util.List;
import org.herald.eval.EvalCommand;

/** {@code ./herald COMMAND [options]}: picks the command from the first argument and hands it the rest. */
public final class Main {
    static final String USAGE = """
            usage: herald COMMAND [options]

            commands:
              demo      analyse the bundled sample articles, show what was found and serve the web UI over them
              extract   extract articles from HTML pages or scraped text; JSON Lines on stdout
              analyze   extract and find entities, dates and quotes; JSON Lines on stdout
              ingest    analyse documents and keep them in the store (idempotent, resumable)
              serve     the web UI and JSON API over a store
              watch     read news feeds and sitemaps politely and ingest their new pages once
              explain   show why a sentence got (or did not get) each event
              export    write analysed or stored events as GDELT 2.0 TSV, PLOVER JSON, JSON Lines or CSV
              delete    remove wrongly ingested articles from a store
              entities  re-run the joins of people across a store's articles (--rejoin)
              cluster   group articles into stories and mark near-duplicates; JSON Lines on stdout
              similarity  score pairs of texts from 0 (unrelated) to 1 (the same story); JSON Lines on stdout
              spark     extract and analyse web archives on Apache Spark into tables (own class path: ./herald spark)
              eval      score a stage on a shared evaluation suite
              bench     measure extraction or analysis speed
              help      show this help; `help COMMAND` shows a command's options

            Every command takes --help. Exit codes: 0 all documents succeeded, 1 some failed, 2 usage error.
            """;

    private Main() {}

    public static void main(String[] args) {
        Streams io = Streams.system();
        // A file name that is no UTF-8 keeps its bytes (#11): the JVM's decoding of argv would have lost them.
        int code = run(CommandLineBytes.restored(args), io);
        io.out().flush();
        io.err().flush();
        System.exit(code);
    }

    /** Runs one command; returns the exit code instead of exiting, so tests can call it in-process. */
    static int run(List<String> args, Streams io) {
        String command = args.isEmpty() ? "help" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        try {
            switch (command) {
                case "demo":
                    return DemoCommand.run(rest, io);
                case "extract":
                    return ExtractCommand.run(rest, io);
                case "analyze":
                    return AnalyzeCommand.run(rest, io);
                case "ingest":
                    return IngestCommand.run(rest, io);
                case "serve":
                    return ServeCommand.run(rest, io);
                case "watch":
                    return WatchCommand.run(rest, io);
                case "explain":
                    return ExplainCommand.run(rest, io);
                case "export":
                    return ExportCommand.run(rest, io);
                case "delete":
                    return DeleteCommand.run(rest, io);
                case "entities":
                    return EntitiesCommand.run(rest, io);
                case "cluster":
                    return ClusterCommand.run(rest, io);
                case "similarity":
                    return SimilarityCommand.run(rest, io);
                case "spark":
                    // ./herald starts `spark` on herald-spark's class path (Spark's jars); it never reaches here
                    throw new UsageException("spark runs on its own class path, with Spark's jars: use"
                            + " `./herald spark --help`", USAGE);
                case "eval":
                    return EvalCommand.run(rest, io.out(), io.err());
                case "bench":
                    return BenchCommand.run(rest, io);
                case "help":
                case "--help":
                case "-h":
                    if (rest.size() == 1 && !rest.get(0).startsWith("-")) {
                        // "herald help extract" is "herald extract --help"
                        return run(List.of(rest.get(0), "--help"), io);
                    }
                    io.out().print(USAGE);
                    return ExitCode.OK;
                default:
                    throw new UsageException("unknown command '" + command + "'", USAGE);
            }
        } catch (UsageException e) {
            io.err().println("herald: " + e.getMessage());
            io.err().println();
            io.err().print(e.usage());
            return ExitCode.USAGE;
        }
    }
}
