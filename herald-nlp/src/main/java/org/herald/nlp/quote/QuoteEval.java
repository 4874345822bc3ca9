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

    /** Scores one article's predictions: greedy one-to-one matching by content overlap. */
    static QuoteScore score(GoldArticle article, List<Quote> predicted) {
        String body = article.text();
        List<String> misses = new ArrayList<>();
        boolean[] used = new boolean[predicted.size()];
        boolean[] usedContent = new boolean[predicted.size()];
        int matched = 0;
        int contentMatched = 0;
        for (GoldQuote g : article.quotes()) {
            int best = bestMatch(g, predicted, used, body, true);
            int bestContent = bestMatch(g, predicted, usedContent, body, false);
            if (bestContent >= 0) {
                usedContent[bestContent] = true;
                contentMatched++;
            }
            if (best >= 0) {
                used[best] = true;
                matched++;
            } else {
                String said = bestContent >= 0 ? " (found, speaker "
                        + predicted.get(bestContent).speaker().map(s -> s.name()).orElse("none") + ")" : "";
                misses.add(article.name() + ": missed " + g.type() + " [" + g.text() + "] by "
                        + g.speakerName().orElse("none") + said);
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                Quote q = predicted.get(i);
                misses.add(article.name() + ": spurious " + q.type() + " [" + q.content().of(body) + "] by "
                        + q.speaker().map(s -> s.name()).orElse("none") + " (" + q.evidence().rule() + ")");
            }
        }
        return new QuoteScore(article.quotes().size(), predicted.size(), matched, contentMatched, misses);
    }

    private static int bestMatch(GoldQuote g, List<Quote> predicted, boolean[] used, String body, boolean speaker) {
        int best = -1;
        double bestOverlap = 0.5;
        for (int i = 0; i < predicted.size(); i++) {
            if (used[i]) continue;
            Quote q = predicted.get(i);
            double overlap = overlap(tokens(g.text()), tokens(q.content().of(body)));
            if (overlap < bestOverlap) continue;
            if (speaker && !sameSpeaker(g.speakerName(), q.speaker().map(s -> s.name()))) continue;
            if (overlap > bestOverlap || best < 0) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
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
