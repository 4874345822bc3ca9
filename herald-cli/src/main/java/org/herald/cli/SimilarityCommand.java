package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.stories.ArticleSimilarity;
import org.herald.stories.StoryDocument;

/**
 * {@code ./herald similarity --jsonl FILE}: reads {@code {"id", "text1", "text2"}} lines and prints
 * {@code {"id", "similarity"}} lines in the same order, the similarity in 0–1 that {@code cluster} groups stories
 * by. Word frequencies are counted over all the file's texts, so a file of many pairs scores better than one pair.
 */
final class SimilarityCommand {
    static final String USAGE = """
            usage: herald similarity --jsonl FILE

            Reads one JSON object a line, {"id", "text1", "text2"} (FILE may be - for standard input), and prints
            {"id", "similarity"} for each, in order: 0 nothing in common … 1 the same text. Any language; a pair in
            two languages is compared by the names, numbers and cognates they share. A line that cannot be read is
            reported on stderr and the exit code is 1.
            """;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SimilarityCommand() {}

    static int run(List<String> args, Streams io) {
        if (args.contains("--help") || args.contains("-h")) {
            io.out().print(USAGE);
            return ExitCode.OK;
        }
        if (args.size() != 2 || !args.get(0).equals("--jsonl")) throw new UsageException("expected --jsonl FILE", USAGE);
        List<StoryLines.Line> lines;
        try {
            lines = StoryLines.read(args.get(1), io.in());
        } catch (UncheckedIOException e) {
            io.err().println("herald similarity: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<String> ids = new ArrayList<>();
        List<ArticleSimilarity.Pair> pairs = new ArrayList<>();
        int failed = 0;
        for (StoryLines.Line line : lines) {
            Optional<String> error = line.object().isEmpty() ? Optional.of(line.error()) : Optional.empty();
            if (error.isEmpty()) {
                JsonNode o = line.object().get();
                Optional<String> id = StoryLines.text(o, "id");
                Optional<String> a = StoryLines.text(o, "text1");
                Optional<String> b = StoryLines.text(o, "text2");
                if (id.isEmpty() || a.isEmpty() || b.isEmpty()) {
                    error = Optional.of("line " + line.number() + ": needs string fields id, text1 and text2");
                } else {
                    ids.add(id.get());
                    pairs.add(new ArticleSimilarity.Pair(StoryDocument.ofText(id.get() + "/1", a.get()),
                            StoryDocument.ofText(id.get() + "/2", b.get())));
                }
            }
            if (error.isPresent()) {
                io.err().println("herald similarity: " + error.get());
                failed++;
            }
        }
        double[] scores = ArticleSimilarity.defaults().score(pairs);
        for (int i = 0; i < scores.length; i++) {
            ObjectNode out = MAPPER.createObjectNode();
            out.put("id", ids.get(i));
            out.put("similarity", Math.round(scores[i] * 10000) / 10000.0);
            io.out().println(out.toString());
        }
        io.err().println(pairs.size() + " pairs scored, " + failed + " lines failed");
        return failed == 0 ? ExitCode.OK : ExitCode.SOME_FAILED;
    }
}
