package org.herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.analysis.Analysis;
import org.herald.nlp.Analyzer;
import org.herald.pipeline.Ingestor;
import org.herald.server.ServerSettings;
import org.herald.store.Store;

/**
 * {@code ./herald demo}: extracts and analyses the bundled sample articles, shows what was found in each, keeps
 * them in a temporary store and serves the web UI over it until Ctrl-C.
 */
final class DemoCommand {
    static final String USAGE = """
            usage: herald demo [--extract-only] [--no-serve] [--port N]

            Extracts the sample articles bundled with Herald (written for it: invented events and people)
            and prints, for each, the title, date, authors, word count and the first lines of the text, then
            the people, quotes and events found in it (this loads the English language models, a few seconds).
            Then it stores them in a temporary store and serves the web UI and API over it: open the URL it
            prints. Ctrl-C stops the server and deletes the store.

              --extract-only   stop after extraction: no language models, no people, quotes or events, no server
              --no-serve       analyse and store, but do not serve
              --port N         port for the web UI (default 8080, or a free one when 8080 is taken; 0: a free one)
            """;

    private DemoCommand() {}

    private static final class Options {
        boolean extractOnly;
        boolean serve = true;
        int port = 8080;
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> operands = a.read(name -> {
            switch (name) {
                case "extract-only" -> {
                    a.flag("extract-only");
                    o.extractOnly = true;
                }
                case "no-serve" -> {
                    a.flag("no-serve");
                    o.serve = false;
                }
                case "port" -> o.port = ServeCommand.port(a, a.value("port"));
                default -> throw a.unknown(name);
            }
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!operands.get().isEmpty()) {
            throw a.error("demo takes no arguments");
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        if (o.extractOnly) {
            Tally tally = new Tally();
            for (RawDocument doc : new SampleArticles().load()) {
                Outcome<Article> outcome = extractor.extract(doc);
                tally.add(outcome);
                io.out().println(new ArticleSummary().format(outcome));
            }
            io.out().println("samples: " + tally.summary());
            return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("herald-demo-store");
        } catch (IOException e) {
            io.err().println("herald: cannot create a temporary store: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder), "herald-demo-cleanup"));
        try (Store store = Stores.open(folder)) {
            Tally tally = analyseAndStore(extractor, store, io);
            io.out().println("stored in " + folder + " (a temporary store, deleted when the demo stops)");
            if (!o.serve) {
                return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
            }
            return ServeCommand.serveOnFreePort(store, ServerSettings.readOnly(o.port), io);
        } catch (IOException e) {
            io.err().println("herald: temporary store " + folder + ": " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
    }

    private static Tally analyseAndStore(ArticleExtractor extractor, Store store, Streams io) {
        Analyzer analyzer = Understanding.analyzer(Understanding.parser());
        Ingestor ingestor = new Ingestor(extractor, analyzer, store);
        ArticleSummary summary = new ArticleSummary();
        AnalysisSummary understood = new AnalysisSummary();
        Tally tally = new Tally();
        for (RawDocument doc : new SampleArticles().load()) {
            Outcome<Article> outcome = extractor.extract(doc);
            tally.add(outcome);
            io.out().println(summary.format(outcome));
            Outcome<Analysis> analysed = analyzer.process(outcome);
            String lines = understood.format(analysed);
            if (!lines.isEmpty()) io.out().println(lines + "\n");
            ingestor.keep(doc, analysed);
        }
        store.commit();
        io.out().println("samples: " + tally.summary());
        return tally;
    }

    private static void deleteTree(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException e) {
            // A temporary folder left behind costs disk space only; the OS cleans /tmp eventually.
            System.err.println("herald: could not delete the demo store " + folder + ": " + e.getMessage());
        }
    }
}
