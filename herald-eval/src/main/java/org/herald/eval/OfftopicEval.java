package org.herald.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.herald.model.Span;
import org.herald.model.analysis.Event;

/**
 * Scores relevance on documents that hold no political interaction ({@code events-offtopic}, {@link OfftopicSuite}):
 * every event coded there is a false alarm. Reported: the share of documents with any event and the share of
 * sentences with any event (lower is better), per kind of topic as well. The events counted are those the other
 * suites score ({@link SentenceCoder}): negated events and acts restated from an intention are left out.
 */
final class OfftopicEval {
    private final SentenceCoder coder;

    OfftopicEval(SentenceCoder coder) {
        this.coder = coder;
    }

    SuiteReport score(List<OfftopicSuite.Document> docs) {
        Map<String, int[]> perKind = new TreeMap<>(); // documents, with event, sentences, with event, events
        List<String> misses = new ArrayList<>();
        Ratio documents = new Ratio(0, 0), sentences = new Ratio(0, 0);
        int events = 0;
        for (OfftopicSuite.Document d : docs) {
            SentenceCoder.Coded coded = coder.code(String.join("\n\n", d.sentences()));
            List<Span> spans = spans(coded.body(), d.sentences());
            int noisy = 0;
            for (Span s : spans) {
                List<Event> in = coded.events().stream().filter(e -> starts(e, s)).toList();
                if (in.isEmpty()) continue;
                noisy++;
                for (Event e : in) {
                    misses.add(d.id() + " (" + d.kind() + "): " + e.source().code() + " → "
                            + e.target().map(a -> a.code()).orElse("-") + " " + e.cameo() + " at '" + e.trigger()
                            + "' (" + e.evidence().rule() + "): " + s.of(coded.body()));
                }
            }
            int[] n = perKind.computeIfAbsent(d.kind(), k -> new int[5]);
            n[0]++;
            n[1] += coded.events().isEmpty() ? 0 : 1;
            n[2] += spans.size();
            n[3] += noisy;
            n[4] += coded.events().size();
            events += coded.events().size();
            documents = documents.plus(new Ratio(coded.events().isEmpty() ? 0 : 1, 1));
            sentences = sentences.plus(new Ratio(noisy, spans.size()));
        }
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("documents_with_event", documents);
        m.put("sentences_with_event", sentences);
        m.put("events_per_100_sentences", new Ratio(events, sentences.total()));
        StringBuilder b = new StringBuilder("Off-topic documents per kind (every event is a false alarm; lower is"
                + " better):\n\n| kind | documents | with an event | sentences | with an event | events |\n"
                + "| --- | --- | --- | --- | --- | --- |\n");
        perKind.forEach((k, n) -> b.append(String.format(Locale.ROOT, "| %s | %d | %s | %d | %s | %d |%n", k, n[0],
                new Ratio(n[1], n[0]), n[2], new Ratio(n[3], n[2]), n[4])));
        return new SuiteReport(m, b.toString(), misses);
    }

    // An event belongs to the source sentence its own sentence starts in.
    private static boolean starts(Event e, Span sentence) {
        int at = e.sentence().start();
        return sentence.start() <= at && at < sentence.end();
    }

    /**
     * Where each source sentence sits in the body the pipeline made of them (paragraphs in order). The extractor may
     * rewrite white space or drop a paragraph it takes for boilerplate, so a sentence not found is not counted.
     */
    private static List<Span> spans(String body, List<String> sentences) {
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (String s : sentences) {
            int at = body.indexOf(s, from);
            if (at < 0) continue;
            out.add(new Span(at, at + s.length()));
            from = at + s.length();
        }
        return out;
    }
}
