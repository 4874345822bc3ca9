package org.herald.nlp.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.TextParser;

/**
 * Scores {@link QuoteFinder} on hand-annotated articles: quote content + speaker F1.
 *
 * <pre>{@code
 * List<GoldArticle> articles = QuoteEval.load(Path.of("herald-nlp/src/test/resources/org/herald/nlp/quote"));
 * QuoteScore score = new QuoteEval(parser, entityFinder::find, new QuoteFinder()).score(articles);
 * System.out.println(score.summary());
 * }</pre>
 */
public final class QuoteEval {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TextParser parser;
    private final Function<ParsedText, List<Entity>> entities;
    private final QuoteFinder finder;

    public QuoteEval(TextParser parser, Function<ParsedText, List<Entity>> entities, QuoteFinder finder) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /**
     * Every {@code <name>.txt} with its {@code <name>.gold.json} in {@code directory}, by name. Lines of the text
     * that start with {@code #} (the "sample written for Herald" label) are dropped.
     *
     * @throws UncheckedIOException when a file cannot be read; IllegalStateException when a gold file is malformed
     */
    public static List<GoldArticle> load(Path directory) {
        List<GoldArticle> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path txt : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                String text = body(Files.readString(txt, StandardCharsets.UTF_8));
                out.add(new GoldArticle(name, text, gold(directory.resolve(name + ".gold.json"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        return out;
    }

    public QuoteScore score(List<GoldArticle> articles) {
        QuoteScore total = new QuoteScore(0, 0, 0, 0, List.of());
        for (GoldArticle article : articles) {
            ParsedText parsed = parser.parse(article.text());
            total = total.plus(score(article, finder.find(parsed, entities.apply(parsed))));
        }
        return total;
    }

    /** Scores one article's predictions: one-to-one matching, the pairs with the most overlap first. */
    static QuoteScore score(GoldArticle article, List<Quote> predicted) {
        String body = article.text();
        List<GoldQuote> gold = article.quotes();
        int[] byContent = match(gold, predicted, body, false);
        int[] bySpeaker = match(gold, predicted, body, true);
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        int matched = 0;
        int contentMatched = 0;
        for (int g = 0; g < gold.size(); g++) {
            if (byContent[g] >= 0) contentMatched++;
            if (bySpeaker[g] >= 0) {
                used[bySpeaker[g]] = true;
                matched++;
            } else {
                String said = byContent[g] >= 0 ? " (found, speaker "
                        + predicted.get(byContent[g]).speaker().map(s -> s.name()).orElse("none") + ")" : "";
                misses.add(article.name() + ": missed " + gold.get(g).type() + " [" + gold.get(g).text() + "] by "
                        + gold.get(g).speakerName().orElse("none") + said);
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                Quote q = predicted.get(i);
                misses.add(article.name() + ": spurious " + q.type() + " [" + q.content().of(body) + "] by "
                        + q.speaker().map(s -> s.name()).orElse("none") + " (" + q.evidence().rule() + ")");
            }
        }
        return new QuoteScore(gold.size(), predicted.size(), matched, contentMatched, misses);
    }

    /** For each gold quote the index of its predicted quote, or -1; pairs are taken by overlap, highest first. */
    private static int[] match(List<GoldQuote> gold, List<Quote> predicted, String body, boolean speaker) {
        List<double[]> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                Quote q = predicted.get(p);
                double overlap = overlap(tokens(gold.get(g).text()), tokens(q.content().of(body)));
                if (overlap < 0.5) continue;
                if (speaker && !sameSpeaker(gold.get(g).speakerName(), q.speaker().map(s -> s.name()))) continue;
                pairs.add(new double[] {overlap, g, p});
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        int[] out = new int[gold.size()];
        java.util.Arrays.fill(out, -1);
        boolean[] taken = new boolean[predicted.size()];
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (out[g] < 0 && !taken[p]) {
                out[g] = p;
                taken[p] = true;
            }
        }
        return out;
    }

    /** Shared tokens over the token count of the longer content. */
    static double overlap(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Map<String, Integer> counts = new HashMap<>();
        for (String t : a) counts.merge(t, 1, Integer::sum);
        int shared = 0;
        for (String t : b) {
            Integer n = counts.get(t);
            if (n != null && n > 0) {
                shared++;
                counts.put(t, n - 1);
            }
        }
        return (double) shared / Math.max(a.size(), b.size());
    }

    /** "Lavrov" names the same speaker as "Sergei Lavrov"; "the Kremlin" as "Kremlin"; absent as absent. */
    static boolean sameSpeaker(Optional<String> gold, Optional<String> predicted) {
        if (gold.isEmpty() || predicted.isEmpty()) return gold.isEmpty() && predicted.isEmpty();
        List<String> g = nameWords(gold.get());
        List<String> p = nameWords(predicted.get());
        if (g.isEmpty() || p.isEmpty()) return g.equals(p);
        return g.size() <= p.size() ? p.containsAll(g) : g.containsAll(p);
    }

    private static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>(tokens(name));
        if (!words.isEmpty() && List.of("the", "a", "an").contains(words.get(0))) words.remove(0);
        return words;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String body(String file) {
        StringBuilder out = new StringBuilder();
        for (String line : file.split("\n", -1)) {
            if (!line.startsWith("#")) out.append(line).append('\n');
        }
        return out.toString().strip();
    }

    private static List<GoldQuote> gold(Path file) throws IOException {
        JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<GoldQuote> out = new ArrayList<>();
        for (JsonNode q : root.path("quotes")) {
            if (!q.hasNonNull("text") || !q.hasNonNull("type")) {
                throw new IllegalStateException(file + ": a quote without text or type");
            }
            out.add(new GoldQuote(q.get("text").asText(), QuoteType.valueOf(q.get("type").asText().toUpperCase(Locale.ROOT)),
                    optional(q, "speaker"), optional(q, "speakerName"), optional(q, "cue")));
        }
        return out;
    }

    private static Optional<String> optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }
}
