package org.herald.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.model.Reason;
import org.herald.model.json.ArticleJson;

/** {@code ./herald extract [--format F] [--url URL] PATH...}: one JSON line per document, in input order. */
final class ExtractCommand {
    static final String USAGE = """
            usage: herald extract [--format html|text|auto] [--url URL] [--threads N] [--doc-timeout S] PATH...

            Extracts the article from each document and writes one JSON object per document on stdout
            (JSON Lines), in input order. A failed document gets {"source", "error": {"kind", "message"}}.

              PATH            a file, a folder (searched recursively, in sorted order, for .html .htm .xhtml
                              .txt and their .gz forms, and web archives; in a folder holding source.html only
                              that file is taken), or - for standard input. A web archive (.warc, .warc.gz,
                              .arc.gz) gives one document per HTML response, its source file#offset, its url the
                              record's target and "crawled" its WARC-Date; other records are skipped and counted
              --format F      what the documents are; default: from the extension (.txt is text, the
                              others HTML), and auto-detected for standard input
              --url URL       the page's address, used for relative links, the site name and URL dates
              --threads N     worker threads; default: one per core
              --doc-timeout S seconds one document may take before it fails as timeout and the batch goes on
                              (default 60)

            A summary ("N ok, N failed", and archive records skipped by reason) goes to stderr. Exit code 0 when all succeeded, 1 when some failed.
            """;

    private ExtractCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        Options o = new Options();
        Optional<List<String>> operands = a.read(name -> {
            switch (name) {
                case "format" -> o.format = Optional.of(parseFormat(a, a.value("format")));
                case "url" -> o.url = Optional.of(a.value("url"));
                case "threads" -> o.threads = a.positiveInt("threads");
                case DocumentBudget.OPTION -> o.budget = DocumentBudget.read(a);
                default -> throw a.unknown(name);
            }
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        List<String> paths = operands.get();
        if (paths.isEmpty()) {
            throw a.error("no PATH given (use - for standard input)");
        }
        return extract(new InputFinder().find(paths), o, io);
    }

    /** The options of one extract command line, as read so far. */
    private static final class Options {
        Optional<RawDocument.Format> format = Optional.empty();
        Optional<String> url = Optional.empty();
        int threads = Runtime.getRuntime().availableProcessors();
        java.time.Duration budget = DocumentBudget.defaults();
    }

    private static int extract(List<Input> inputs, Options o, Streams io) {
        ExtractSettings settings = ExtractSettings.defaults();
        ArticleExtractor extractor = new ArticleExtractor(settings);
        Documents.Reading reading = Documents.Reading.of(new InputReader(settings.maxBytes(), io.in()),
                settings.maxBytes(), o.format, o.url);
        ArticleJson json = new ArticleJson();
        Tally tally = new Tally();
        try (DocumentSource docs = new Documents(inputs, reading)) {
            Documents.run(docs, DocumentBudget.runner(o.threads, o.budget), o.threads,
                    doc -> {
                        Outcome<Article> outcome = extract(doc, extractor);
                        return new Result(outcome, json.toLine(outcome));
                    },
                    doc -> {
                        Outcome<Article> late = Outcome.failed(doc.source(), Reason.TIMEOUT,
                                DocumentBudget.detail(doc.source(), o.budget));
                        return new Result(late, json.toLine(late));
                    },
                    result -> {
                        io.out().println(result.line());
                        tally.add(result.outcome());
                    });
            io.out().flush();
            io.err().println(tally.summary() + docs.skipped().suffix());
        }
        return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }

    /** A document's outcome and its JSON line, both made on the worker thread. */
    private record Result(Outcome<Article> outcome, String line) {}

    /** Reads and extracts one document; never throws. Shared with {@code analyze}, which reads the same inputs. */
    static Outcome<Article> extract(SourceDocument doc, ArticleExtractor extractor) {
        Outcome<RawDocument> read = doc.content().read();
        if (read instanceof Outcome.Failed<RawDocument> f) {
            return Outcome.failed(f.source(), f.reason(), f.detail());
        }
        return extract(((Outcome.Ok<RawDocument>) read).value(), extractor);
    }

    /** Reads and extracts one file as the benchmarks do, with no archive in sight; never throws. */
    static Outcome<Article> extract(Input input, Optional<String> url, InputReader reader, ArticleExtractor extractor) {
        Outcome<byte[]> read = reader.read(input);
        if (read instanceof Outcome.Failed<byte[]> f) {
            return Outcome.failed(f.source(), f.reason(), f.detail());
        }
        byte[] bytes = ((Outcome.Ok<byte[]>) read).value();
        return extract(new RawDocument(input.source(), bytes, url, input.format()), extractor);
    }

    private static Outcome<Article> extract(RawDocument doc, ArticleExtractor extractor) {
        try {
            return extractor.extract(doc);
        } catch (RuntimeException e) {
            // The extractor promises not to throw; if it ever does, the document still gets its line.
            return Outcome.failed(doc.source(), Reason.STAGE_FAILED, "extract: " + e);
        }
    }

    static RawDocument.Format parseFormat(Args a, String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "html":
                return RawDocument.Format.HTML;
            case "text":
            case "txt":
                return RawDocument.Format.TEXT;
            case "auto":
                return RawDocument.Format.AUTO;
            default:
                throw a.error("--format must be html, text or auto, not '" + value + "'");
        }
    }
}
