package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.analysis.Analysis;
import org.herald.model.json.AnalysisJson;
import org.herald.nlp.Analyzer;

/**
 * {@code ./herald analyze PATH...} and {@code ./herald analyze --jsonl FILE}: extraction plus understanding,
 * one JSON line per document in input order.
 */
final class AnalyzeCommand {
    static final String USAGE = """
            usage: herald analyze [--published DATE] [--format html|text|auto] [--url URL] [--threads N]
                          [--doc-timeout S] PATH...
                   herald analyze --jsonl FILE|- [--threads N] [--doc-timeout S]

            Extracts each document like `herald extract` and adds what the article says: "entities" (people,
            organisations, places with their mentions), "dates" (resolved temporal expressions) and "quotes"
            (who said what). Offsets are character offsets into "body". One JSON object per line on stdout, in
            input order; a failed document gets {"source", "error": {"kind", "message"}}.

              PATH             a file, a folder, a web archive (.warc, .warc.gz, .arc.gz) or - for standard
                               input, as for `herald extract`
              --published D    publication date (YYYY-MM-DD) of the documents, overriding what the pages say;
                               dates such as "on Monday" are resolved against it (default: the page's, else today)
              --format F       html, text or auto, as for `herald extract`
              --url URL        the page's address, as for `herald extract`
              --jsonl FILE     read requests, one JSON object per line: {"id", "text" | "html", "title"?,
                               "published"?, "url"?}; each output line starts with the same "id". A malformed
                               line gets an error line naming its line number. - reads standard input
              --threads N      worker threads; default: one per core
              --doc-timeout S  seconds one document may take before it fails as timeout and the batch goes on
                               (default 60)

            Loading the language models takes several seconds. A summary ("N ok, N failed") goes to stderr.
            Exit code 0 when all succeeded, 1 when some failed, 2 for a usage error.
            """;
    /** Requests read and in flight at once in --jsonl mode, per thread: memory stays bounded on any input. */
    private static final int LINES_PER_THREAD = 32;

    private AnalyzeCommand() {}

    /** The options of one analyze command line, as read so far. */
    private static final class Options {
        Optional<RawDocument.Format> format = Optional.empty();
        Optional<String> url = Optional.empty();
        Optional<String> published = Optional.empty();
        Optional<String> jsonl = Optional.empty();
        int threads = Runtime.getRuntime().availableProcessors();
        Duration budget = DocumentBudget.defaults();
    }

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> read = a.read(name -> {
            switch (name) {
                case "format" -> o.format = Optional.of(ExtractCommand.parseFormat(a, a.value("format")));
                case "url" -> o.url = Optional.of(a.value("url"));
                case "published" -> o.published = Optional.of(isoDate(a, a.value("published")));
                case "jsonl" -> o.jsonl = Optional.of(a.value("jsonl"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
                default -> throw a.unknown(name);
            }
        });
        if (read.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        List<String> paths = read.get();
        Optional<RawDocument.Format> format = o.format;
        Optional<String> url = o.url;
        Optional<String> published = o.published;
        Optional<String> jsonl = o.jsonl;
        int threads = o.threads;
        if (jsonl.isPresent()) {
            if (!paths.isEmpty() || format.isPresent() || url.isPresent() || published.isPresent()) {
                throw a.error("--jsonl takes its documents, URLs and dates from the requests: no PATH, --format, "
                        + "--url or --published with it");
            }
            return analyzeRequests(jsonl.get(), threads, o.budget, io);
        }
        if (paths.isEmpty()) {
            throw a.error("no PATH given (use - for standard input, or --jsonl FILE)");
        }
        List<Input> inputs = new InputFinder().find(paths);
        Optional<String> p = published;
        ExtractSettings settings = ExtractSettings.defaults();
        ArticleExtractor extractor = new ArticleExtractor(settings);
        Documents.Reading reading = Documents.Reading.of(new InputReader(settings.maxBytes(), io.in()),
                settings.maxBytes(), format, url);
        Analyzer analyzer = Understanding.loadAnnounced(io);
        AnalysisJson json = new AnalysisJson();
        Tally tally = new Tally();
        Duration budget = o.budget;
        try (DocumentSource docs = new Documents(inputs, reading)) {
            Documents.run(docs, DocumentBudget.runner(threads, budget), threads, doc -> {
                Outcome<Article> article = ExtractCommand.extract(doc, extractor);
                Outcome<Analysis> outcome = analyzer.process(p.isPresent() ? withPublished(article, p.get()) : article);
                return new Result(outcome, json.toLine(outcome, Optional.empty()));
            }, doc -> late(doc.source(), budget, json), result -> emit(result, tally, io));
            return finish(tally, docs.skipped(), io);
        }
    }

    private static Result late(String source, Duration budget, AnalysisJson json) {
        Outcome<Analysis> late = Outcome.failed(source, Reason.TIMEOUT, DocumentBudget.detail(source, budget));
        return new Result(late, json.toLine(late, Optional.empty()));
    }

    private static int analyzeRequests(String file, int threads, Duration budget, Streams io) {
        ExtractSettings settings = ExtractSettings.defaults();
        JsonlRequests requests = new JsonlRequests(new ArticleExtractor(settings));
        boolean stdin = file.equals("-");
        Reader reader;
        try {
            reader = stdin ? new InputStreamReader(io.in(), StandardCharsets.UTF_8)
                    : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            io.err().println("herald: " + Terminal.safe(file) + ": no such file");
            return ExitCode.SOME_FAILED;
        } catch (IOException e) {
            io.err().println("herald: " + Terminal.safe("cannot read " + file + ": " + e.getMessage()));
            return ExitCode.SOME_FAILED;
        }
        Analyzer analyzer = Understanding.loadAnnounced(io);
        AnalysisJson json = new AnalysisJson();
        Tally tally = new Tally();
        // A request line holds a whole document; the extraction byte limit bounds it (UTF-16 chars ≤ bytes).
        int maxChars = (int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes());
        String name = stdin ? "line " : file + ":";
        OrderedRunner runner = DocumentBudget.runner(threads, budget);
        try (BufferedReader in = new BufferedReader(reader, 1 << 16)) {
            BoundedLines lines = new BoundedLines(in, maxChars);
            List<BoundedLines.Line> batch;
            while (!(batch = lines.next(threads * LINES_PER_THREAD)).isEmpty()) {
                runner.run(batch, line -> {
                    String where = name + line.number();
                    JsonlRequests.Request r = line.text().isPresent() ? requests.read(line.text().get(), where)
                            : new JsonlRequests.Request(Optional.empty(), Outcome.failed(where, Reason.TOO_LARGE,
                                    where + ": line longer than " + maxChars + " characters"));
                    Outcome<Analysis> outcome = analyzer.process(r.article());
                    return new Result(outcome, json.toLine(outcome, r.id()));
                }, line -> late(name + line.number(), budget, json), result -> emit(result, tally, io));
            }
        } catch (IOException e) {
            io.out().flush();
            io.err().println("herald: reading " + file + " failed after " + (tally.ok() + tally.failed())
                    + " requests: " + e.getMessage());
            io.err().println(tally.summary());
            return ExitCode.SOME_FAILED;
        }
        return finish(tally, new SkipCounts(), io);
    }

    /** A document's outcome and its JSON line, both made on the worker thread. */
    private record Result(Outcome<Analysis> outcome, String line) {}

    private static void emit(Result result, Tally tally, Streams io) {
        io.out().println(result.line());
        tally.add(result.outcome());
    }

    private static int finish(Tally tally, SkipCounts skipped, Streams io) {
        io.out().flush();
        io.err().println(tally.summary() + skipped.suffix());
        return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }


    private static Outcome<Article> withPublished(Outcome<Article> outcome, String published) {
        if (!(outcome instanceof Outcome.Ok<Article> ok)) {
            return outcome;
        }
        Article x = ok.value();
        return Outcome.ok(ok.source(), new Article(x.source(), x.url(), x.site(), x.title(), x.authors(),
                x.agencies(), Optional.of(published), false, x.modified(), x.language(), x.summary(), x.image(), x.paragraphs(),
                x.related(), x.crawled(), x.bodyConfidence()), ok.warnings());
    }

    private static String isoDate(Args a, String value) {
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeException e) {
            throw a.error("--published needs a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
