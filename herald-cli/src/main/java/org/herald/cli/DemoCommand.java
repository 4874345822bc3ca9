package org.herald.cli;

import java.util.List;
import java.util.Optional;
import org.herald.nlp.Analyzer;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.extract.RawDocument;
import org.herald.model.Article;
import org.herald.model.Outcome;

/** {@code ./herald demo}: extracts the bundled sample articles and shows what was found in each. */
final class DemoCommand {
    static final String USAGE = """
            usage: herald demo [--extract-only]

            Extracts the sample articles bundled with Herald (written for it: invented events and people)
            and prints, for each, the title, date, authors, word count and the first lines of the text, then
            the people, quotes and events found in it (this loads the English language models, a few seconds).
            To see the full JSON output, run `herald analyze` or `herald extract` on your own pages.

              --extract-only   stop after extraction: no language models, no people, quotes or events
            """;

    private DemoCommand() {}

    static int run(List<String> args, Streams io) {
        Args a = new Args(args, USAGE);
        boolean[] extractOnly = {false};
        Optional<List<String>> operands = a.read(name -> {
            if (!name.equals("extract-only")) throw a.unknown(name);
            a.flag("extract-only");
            extractOnly[0] = true;
        });
        if (operands.isEmpty()) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (!operands.get().isEmpty()) {
            throw a.error("demo takes no arguments");
        }
        ArticleExtractor extractor = new ArticleExtractor(ExtractSettings.defaults());
        ArticleSummary summary = new ArticleSummary();
        Optional<Analyzer> analyzer = extractOnly[0] ? Optional.empty()
                : Optional.of(Understanding.analyzer(Understanding.parser()));
        AnalysisSummary understood = new AnalysisSummary();
        Tally tally = new Tally();
        for (RawDocument doc : new SampleArticles().load()) {
            Outcome<Article> outcome = extractor.extract(doc);
            tally.add(outcome);
            io.out().println(summary.format(outcome));
            analyzer.ifPresent(x -> {
                String lines = understood.format(x.process(outcome));
                if (!lines.isEmpty()) io.out().println(lines + "\n");
            });
        }
        io.out().println("samples: " + tally.summary());
        return tally.failed() == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
