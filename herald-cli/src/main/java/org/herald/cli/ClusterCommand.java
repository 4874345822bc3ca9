package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.extract.ArticleExtractor;
import org.herald.extract.ExtractSettings;
import org.herald.model.Article;
import org.herald.model.Outcome;
import org.herald.stories.PublishedDates;
import org.herald.stories.StoryAssignment;
import org.herald.stories.StoryClusterer;
import org.herald.stories.StoryDocument;

/**
 * {@code ./herald cluster PATH... | --jsonl FILE}: groups documents into stories in the order given, as a stream
 * would deliver them, and prints one JSON line per document: {@code source} (or {@code id}), {@code story} and,
 * for a copy of an earlier document, {@code duplicate_of}.
 */
final class ClusterCommand {
    static final String USAGE = """
            usage: herald cluster PATH...
                   herald cluster --jsonl FILE

            Groups articles about the same event into stories, one document at a time in the order given, and
            marks syndicated or updated copies. PATH is an HTML or text file or a folder of them (extracted as
            `herald extract` does; the published date, when found, keeps stories within a week). FILE holds one
            {"id", "text", "title"?, "published"?} object a line (- for standard input).
            Prints {"source" | "id", "story", "duplicate_of"?} per document; a document that cannot be read gets
            {"source" | "id", "failed", "detail"} and the exit code is 1. A summary goes to stderr.
            """;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ClusterCommand() {}

    static int run(List<String> args, Streams io) {
        if (args.contains("--help") || args.contains("-h")) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (args.isEmpty()) throw new UsageException("no documents given", USAGE);
        StoryClusterer clusterer = StoryClusterer.defaults();
        Summary summary = new Summary();
        if (args.get(0).equals("--jsonl")) {
            if (args.size() != 2) throw new UsageException("expected --jsonl FILE", USAGE);
            List<StoryLines.Line> lines;
            try {
                lines = StoryLines.read(args.get(1), io.in());
            } catch (UncheckedIOException e) {
                io.err().println("herald cluster: " + e.getMessage());
                return ExitCode.USAGE;
            }
            for (StoryLines.Line line : lines) clusterLine(line, clusterer, summary, io);
        } else {
            ExtractSettings settings = ExtractSettings.defaults();
            ArticleExtractor extractor = new ArticleExtractor(settings);
            InputReader reader = new InputReader(settings.maxBytes(), io.in());
            for (Input input : new InputFinder().find(args)) {
                Outcome<Article> outcome = ExtractCommand.extract(input, Optional.empty(), reader, extractor);
                if (outcome instanceof Outcome.Ok<Article> ok) {
                    Article a = ok.value();
                    StoryDocument doc = new StoryDocument(input.source(), a.title().orElse(""), a.body(),
                            a.published().flatMap(PublishedDates::parse));
                    print("source", input.source(), summary.add(clusterer, doc), io);
                } else if (outcome instanceof Outcome.Failed<Article> f) {
                    failed("source", input.source(), f.reason().toString().toLowerCase(Locale.ROOT), f.detail(),
                            summary, io);
                }
            }
        }
        io.out().flush();
        io.err().println(summary.line(clusterer));
        return summary.failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }

    private static void clusterLine(StoryLines.Line line, StoryClusterer clusterer, Summary summary, Streams io) {
        if (line.object().isEmpty()) {
            failed("line", String.valueOf(line.number()), "malformed", line.error(), summary, io);
            return;
        }
        JsonNode o = line.object().get();
        Optional<String> id = StoryLines.text(o, "id");
        Optional<String> text = StoryLines.text(o, "text");
        if (id.isEmpty() || text.isEmpty()) {
            failed("line", String.valueOf(line.number()), "malformed",
                    "line " + line.number() + ": needs string fields id and text", summary, io);
            return;
        }
        StoryDocument doc = new StoryDocument(id.get(), StoryLines.text(o, "title").orElse(""), text.get(),
                StoryLines.text(o, "published").flatMap(PublishedDates::parse));
        try {
            print("id", id.get(), summary.add(clusterer, doc), io);
        } catch (IllegalArgumentException e) {
            failed("id", id.get(), "malformed", "line " + line.number() + ": " + e.getMessage(), summary, io);
        }
    }

    private static void print(String key, String name, StoryAssignment a, Streams io) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put(key, name);
        out.put("story", a.story());
        a.duplicateOf().ifPresent(d -> out.put("duplicate_of", d));
        io.out().println(out.toString());
    }

    private static void failed(String key, String name, String reason, String detail, Summary summary, Streams io) {
        ObjectNode out = MAPPER.createObjectNode();
        out.put(key, name);
        out.put("failed", reason);
        out.put("detail", detail);
        io.out().println(out.toString());
        summary.failed++;
    }

    /** Counts for the closing line, and the time spent clustering (not reading or extracting). */
    private static final class Summary {
        int documents;
        int duplicates;
        int failed;
        long nanos;

        StoryAssignment add(StoryClusterer clusterer, StoryDocument doc) {
            long start = System.nanoTime();
            StoryAssignment a = clusterer.add(doc);
            nanos += System.nanoTime() - start;
            documents++;
            if (a.duplicateOf().isPresent()) duplicates++;
            return a;
        }

        String line(StoryClusterer clusterer) {
            return String.format(Locale.ROOT, "%d documents in %d stories, %d duplicates, %d failed; %.0f documents/s"
                    + " clustered", documents, clusterer.storyCount(), duplicates, failed,
                    nanos == 0 ? 0 : documents / (nanos / 1e9));
        }
    }
}
