package org.herald.nlp.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.herald.model.lexicon.Lexicon;

/**
 * Scores direct-quote finding on the German Wikinews quotation corpus (../shared/eval/quotes/german-wikinews, read
 * in place) without a parser: quotes come from {@link QuoteMarks}, speakers from a German cue table next to the
 * quote, tokens from the corpus itself. Only gold quotations of type {@code Direct} are scored.
 *
 * <p>A predicted quote matches a gold one when they share at least half of the tokens of the longer; it counts for
 * quote + speaker when the speaker spans share a token, or both are absent.
 */
public final class GermanQuoteEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Words that end a speaker after the cue: „…“, sagte der Minister am Montag in Berlin. */
    private static final Set<String> SPEAKER_STOPS = Set.of("am", "an", "im", "in", "auf", "bei", "gegenüber",
            "vor", "nach", "während", "bereits", "dazu", "damals", "zudem", "außerdem", "weiter", "auch", "noch",
            "nun", "jetzt", "heute", "gestern", "dem", "den", "zur", "zum", "mit", "über", "laut", "und", "als", "es");
    /** Words that open a clause before a verb-second cue without being its subject: "Dazu sagte der Minister:". */
    private static final Set<String> ADVERBS = Set.of("dazu", "so", "später", "weiter", "außerdem", "zudem", "auch",
            "damals", "heute", "gestern", "danach", "dann", "darauf", "dabei", "hierzu", "zuvor", "am", "im", "in",
            "auf", "bei", "nach", "vor");

    private final Map<String, String> cues = new HashMap<>();
    private final QuoteMarks marks = new QuoteMarks();

    public GermanQuoteEval() {
        for (List<String> row : Lexicon.rows(GermanQuoteEval.class, "german-cues.tsv", 2, 3)) {
            cues.put(row.get(0), row.get(1));
        }
    }

    private record Tok(int id, int start, int end, String text, int sentence) {}

    private record Found(Set<Integer> quote, Set<Integer> speaker) {}

    /** Scores every {@code *.json} document of one split directory ("test", "dev"). */
    public QuoteScore score(Path split) {
        QuoteScore total = new QuoteScore(0, 0, 0, 0, List.of());
        try (Stream<Path> files = Files.list(split)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                total = total.plus(scoreDocument(JSON.readTree(file.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + split, e);
        }
        return total;
    }

    private QuoteScore scoreDocument(JsonNode doc) {
        String text = doc.path("originalText").asText();
        List<Tok> tokens = new ArrayList<>();
        for (JsonNode t : doc.path("tokens")) {
            tokens.add(new Tok(t.path("id").asInt(), t.path("charBegin").asInt(), t.path("charEnd").asInt(),
                    t.path("text").asText(), t.path("sentence").asInt()));
        }
        List<Found> gold = new ArrayList<>();
        for (JsonNode a : doc.path("annotations")) {
            if (a.path("type").asText().equals("Direct")) {
                gold.add(new Found(ids(a.path("quote")), ids(a.path("speaker"))));
            }
        }
        List<Found> predicted = predict(text, tokens);
        return match(gold, predicted);
    }

    private List<Found> predict(String text, List<Tok> tokens) {
        List<Found> out = new ArrayList<>();
        Set<Integer> lastSpeaker = Set.of();
        int lastParagraph = -1;
        TextIndexLite paragraphs = new TextIndexLite(text);
        for (MarkedQuote q : marks.find(text)) {
            List<Tok> inside = between(tokens, q.content().start(), q.content().end());
            if (inside.isEmpty()) continue;
            Set<Integer> quote = new HashSet<>();
            inside.forEach(t -> quote.add(t.id()));
            int first = indexAt(tokens, q.outer().start());
            int last = indexAt(tokens, q.outer().end() - 1);
            Set<Integer> speaker = after(tokens, last + 1, tokens.get(last).sentence());
            if (speaker.isEmpty()) speaker = before(tokens, first - 1, tokens.get(first).sentence());
            if (speaker.isEmpty() && first > 0 && tokens.get(first - 1).sentence() != tokens.get(first).sentence()
                    && paragraphs.paragraph(tokens.get(first - 1).start()) == paragraphs.paragraph(q.outer().start())) {
                // Der Vorsitzende sagte in einer Erklärung: | „…“ (the corpus splits at some colons), or the cue
                // sentence just before the quote in its paragraph
                speaker = before(tokens, first - 1, tokens.get(first - 1).sentence());
            }
            int paragraph = paragraphs.paragraph(q.outer().start());
            // „…“, sagte er. „Und weiter …“ → the quote that follows in the paragraph goes on with the same speaker
            if (speaker.isEmpty() && paragraph == lastParagraph) speaker = lastSpeaker;
            // a one- or two-word quote without a cue is a title or a scare quote: „Bild“, „Spiegel“
            if (speaker.isEmpty() && inside.size() < 4) continue;
            out.add(new Found(quote, speaker));
            lastSpeaker = speaker;
            lastParagraph = paragraph;
        }
        return out;
    }

    /** „…“, sagte der Minister / „…“, so der Minister → the words after the cue. */
    private Set<Integer> after(List<Tok> tokens, int from, int sentence) {
        int i = from;
        while (i < tokens.size() && tokens.get(i).sentence() == sentence && tokens.get(i).text().equals(",")) i++;
        if (i >= tokens.size() || tokens.get(i).sentence() != sentence) return Set.of();
        String cue = cues.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (cue == null || cue.equals("before")) return Set.of();
        return speakerFrom(tokens, i + 1, sentence);
    }

    /** Der Minister sagte: „…“ / Dazu sagte der Minister: „…“ / Laut dem Minister „…“. */
    private Set<Integer> before(List<Tok> tokens, int end, int sentence) {
        if (end < 0 || tokens.get(end).sentence() != sentence) return Set.of();
        int clauseStart = end;
        while (clauseStart > 0 && tokens.get(clauseStart - 1).sentence() == sentence
                && !isQuoteMark(tokens.get(clauseStart - 1).text())) {
            clauseStart--;
        }
        for (int i = end; i >= clauseStart; i--) {
            String cue = cues.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
            if (cue == null) continue;
            if (cue.equals("before")) return span(tokens, clauseStart, i);
            boolean subjectFirst = i > clauseStart && i - clauseStart <= 6
                    && !ADVERBS.contains(tokens.get(clauseStart).text().toLowerCase(Locale.ROOT))
                    && !cue.equals("after");
            return subjectFirst ? span(tokens, clauseStart, i) : speakerFrom(tokens, i + 1, sentence);
        }
        // Die Ministerin war deutlich: „…“ → the noun phrase that opens the clause
        return tokens.get(end).text().equals(":") ? openingNounPhrase(tokens, clauseStart, end) : Set.of();
    }

    /** "Der deutsche Regierungssprecher Steffen Seibert wird …" → the capitalised words and what leads into them. */
    private static Set<Integer> openingNounPhrase(List<Tok> tokens, int from, int end) {
        Set<Integer> out = new HashSet<>();
        for (int i = from; i < end && i < from + 8; i++) {
            String t = tokens.get(i).text();
            boolean capital = Character.isUpperCase(t.charAt(0));
            boolean leadsIn = Character.isLowerCase(t.charAt(0)) && i + 1 < end
                    && Character.isUpperCase(tokens.get(i + 1).text().charAt(0));
            if (!(capital || leadsIn) || ADVERBS.contains(t.toLowerCase(Locale.ROOT)) && out.isEmpty()) break;
            out.add(tokens.get(i).id());
        }
        return out;
    }

    private static Set<Integer> speakerFrom(List<Tok> tokens, int from, int sentence) {
        Set<Integer> out = new HashSet<>();
        for (int i = from; i < tokens.size() && i < from + 6 && tokens.get(i).sentence() == sentence; i++) {
            Tok t = tokens.get(i);
            boolean punct = !Character.isLetterOrDigit(t.text().charAt(0));
            if (punct || (!out.isEmpty() && SPEAKER_STOPS.contains(t.text().toLowerCase(Locale.ROOT)))) break;
            out.add(t.id());
        }
        return out;
    }

    private static Set<Integer> span(List<Tok> tokens, int from, int to) {
        Set<Integer> out = new HashSet<>();
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(tokens.get(i).text().charAt(0))) out.add(tokens.get(i).id());
        }
        return out;
    }

    private static boolean isQuoteMark(String t) {
        return t.length() == 1 && "„“”\"«»‚‘’'".indexOf(t.charAt(0)) >= 0;
    }

    private static QuoteScore match(List<Found> gold, List<Found> predicted) {
        boolean[] used = new boolean[predicted.size()];
        boolean[] usedContent = new boolean[predicted.size()];
        int matched = 0;
        int contentMatched = 0;
        for (Found g : gold) {
            int content = best(g, predicted, usedContent, false);
            if (content >= 0) {
                usedContent[content] = true;
                contentMatched++;
            }
            int both = best(g, predicted, used, true);
            if (both >= 0) {
                used[both] = true;
                matched++;
            }
        }
        return new QuoteScore(gold.size(), predicted.size(), matched, contentMatched, List.of());
    }

    private static int best(Found g, List<Found> predicted, boolean[] used, boolean speaker) {
        int best = -1;
        double bestOverlap = 0.5;
        for (int i = 0; i < predicted.size(); i++) {
            if (used[i]) continue;
            Found p = predicted.get(i);
            double overlap = overlap(g.quote(), p.quote());
            boolean sameSpeaker = g.speaker().isEmpty() ? p.speaker().isEmpty() : overlap(g.speaker(), p.speaker()) > 0;
            if (overlap >= bestOverlap && (!speaker || sameSpeaker)) {
                best = i;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static double overlap(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int shared = 0;
        for (Integer x : a) {
            if (b.contains(x)) shared++;
        }
        return (double) shared / Math.max(a.size(), b.size());
    }

    private static Set<Integer> ids(JsonNode role) {
        Set<Integer> out = new HashSet<>();
        for (JsonNode span : role.path("spans")) {
            for (int i = span.path("begin").asInt(); i < span.path("end").asInt(); i++) out.add(i);
        }
        return out;
    }

    private static List<Tok> between(List<Tok> tokens, int start, int end) {
        return tokens.stream().filter(t -> t.start() >= start && t.end() <= end).toList();
    }

    private static int indexAt(List<Tok> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > offset) return i;
        }
        return tokens.size() - 1;
    }

    /** Paragraph numbers by offset, without a parse. */
    private static final class TextIndexLite {
        private final List<Integer> starts = new ArrayList<>();

        TextIndexLite(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n' && QuoteMarks.paragraphBreak(text, i)) starts.add(i + 1);
            }
        }

        int paragraph(int offset) {
            int p = 0;
            for (int i = 0; i < starts.size() && starts.get(i) <= offset; i++) p = i;
            return p;
        }
    }
}
