package org.herald.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.Span;
import org.herald.model.analysis.Event;

/**
 * Scores Herald on the ConfliBERT train sentences ({@code events-conflibert}).
 * <ul>
 *   <li>Class sentences: a sentence's classes are the {@link PentaClass}es of its events. Recall per class: its
 *   sentences whose class is among them; precision: the sentences given the class that have it. No file sentence
 *   is without a political class, so the relevance false-positive rate is measured on {@code events-rounds}.</li>
 *   <li>Span sentences: a gold span is found when an event's actor is named inside it ({@link SentenceCoder.Coded#names}:
 *   a mention of its entity or its name overlaps the span's characters). Source spans are matched by sources,
 *   target spans by targets, the undirected R spans by either. Type (the class, for the 935 sentences the class file
 *   also has) is scored per event as {@link EventEval} scores CAMEO roots; type + source + target asks for one
 *   event with the class and both sides right.</li>
 * </ul>
 */
final class ConfliBertEval {
    private final SentenceCoder coder;

    ConfliBertEval(SentenceCoder coder) {
        this.coder = coder;
    }

    SuiteReport score(List<ConfliBertSuite.ClassCase> classCases, List<ConfliBertSuite.SpanCase> spanCases) {
        Map<String, Ratio> metrics = new LinkedHashMap<>();
        StringBuilder details = new StringBuilder();
        List<String> misses = new ArrayList<>();
        scoreClasses(classCases, metrics, details, misses);
        scoreSpans(spanCases, metrics, misses);
        return new SuiteReport(metrics, details.toString(), misses);
    }

    private void scoreClasses(List<ConfliBertSuite.ClassCase> cases, Map<String, Ratio> metrics, StringBuilder out,
                              List<String> misses) {
        Map<PentaClass, int[]> perClass = new EnumMap<>(PentaClass.class); // gold, found, predicted, right, none
        Map<PentaClass, Map<String, Integer>> confusion = new EnumMap<>(PentaClass.class);
        for (PentaClass c : PentaClass.ALL) {
            perClass.put(c, new int[5]);
            confusion.put(c, new LinkedHashMap<>());
        }
        int quiet = 0;
        for (ConfliBertSuite.ClassCase c : cases) {
            List<Event> events = coder.code(c.text()).events();
            Set<PentaClass> classes = classes(events);
            if (!classes.contains(c.gold())) {
                misses.add("class " + c.gold().ordinal() + ", got " + events.stream().map(ConfliBertEval::key).toList()
                        + ": " + c.text());
            }
            int[] gold = perClass.get(c.gold());
            gold[0]++;
            if (classes.contains(c.gold())) gold[1]++;
            if (classes.isEmpty()) {
                gold[4]++;
                quiet++;
                confusion.get(c.gold()).merge("none", 1, Integer::sum);
            }
            for (PentaClass p : classes) {
                perClass.get(p)[2]++;
                if (p == c.gold()) perClass.get(p)[3]++;
                confusion.get(c.gold()).merge(Integer.toString(p.ordinal()), 1, Integer::sum);
            }
        }
        Ratio recall = new Ratio(0, 0), precision = new Ratio(0, 0);
        out.append("Class sentences (cameo_class), per gold class; a sentence may be given several classes:\n\n")
                .append("| class | sentences | recall | precision | no event | given 0 / 1 / 2 / 3 / 4 / none |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        for (PentaClass c : PentaClass.ALL) {
            int[] n = perClass.get(c);
            recall = recall.plus(new Ratio(n[1], n[0]));
            precision = precision.plus(new Ratio(n[3], n[2]));
            Map<String, Integer> row = confusion.get(c);
            String given = List.of("0", "1", "2", "3", "4", "none").stream()
                    .map(k -> Integer.toString(row.getOrDefault(k, 0))).collect(Collectors.joining(" / "));
            out.append(String.format(Locale.ROOT, "| %d %s | %d | %s | %s | %s | %s |%n", c.ordinal(), c.label(), n[0],
                    new Ratio(n[1], n[0]), new Ratio(n[3], n[2]), new Ratio(n[4], n[0]), given));
        }
        metrics.put("class_recall", recall);
        metrics.put("class_precision", precision);
        for (PentaClass c : PentaClass.ALL) {
            int[] n = perClass.get(c);
            metrics.put("class_" + c.ordinal() + "_recall", new Ratio(n[1], n[0]));
        }
        metrics.put("class_sentences_without_event", new Ratio(quiet, cases.size()));
    }

    private void scoreSpans(List<ConfliBertSuite.SpanCase> cases, Map<String, Ratio> metrics, List<String> misses) {
        int sources = 0, sourcesFound = 0, targets = 0, targetsFound = 0, related = 0, relatedFound = 0;
        int sourcePredicted = 0, sourceRight = 0, targetPredicted = 0, targetRight = 0;
        int actorCases = 0, actorsRight = 0, typed = 0, typeFound = 0, typePredicted = 0, typeRight = 0, allRight = 0;
        for (ConfliBertSuite.SpanCase c : cases) {
            SentenceCoder.Coded coded = coder.code(c.text());
            List<Span> s = shifted(c, c.of('S'), coded), t = shifted(c, c.of('T'), coded), r = shifted(c, c.of('R'), coded);
            List<Event> events = coded.events();
            for (Span g : s) {
                sources++;
                if (events.stream().anyMatch(e -> coded.names(e, e.source(), g))) sourcesFound++;
            }
            List<Span> goldTargets = c.of('T');
            for (int k = 0; k < t.size(); k++) {
                Span g = t.get(k);
                targets++;
                if (events.stream().anyMatch(e -> e.target().filter(a -> coded.names(e, a, g)).isPresent())) {
                    targetsFound++;
                } else if (!events.isEmpty()) {
                    misses.add("target '" + goldTargets.get(k).of(c.text()) + "', got "
                            + events.stream().map(ConfliBertEval::key).toList() + ": " + c.text());
                }
            }
            for (Span g : r) {
                related++;
                if (events.stream().anyMatch(e -> coded.names(e, e.source(), g)
                        || e.target().filter(a -> coded.names(e, a, g)).isPresent())) relatedFound++;
            }
            List<Span> sourceSide = s.isEmpty() ? r : s, targetSide = t.isEmpty() ? r : t;
            for (Event e : events) {
                if (!sourceSide.isEmpty()) {
                    sourcePredicted++;
                    if (sourceSide.stream().anyMatch(g -> coded.names(e, e.source(), g))) sourceRight++;
                }
                if (e.target().isPresent() && !targetSide.isEmpty()) {
                    targetPredicted++;
                    if (targetSide.stream().anyMatch(g -> coded.names(e, e.target().get(), g))) targetRight++;
                }
            }
            if (!s.isEmpty() || !t.isEmpty() || !r.isEmpty()) {
                actorCases++;
                if (events.stream().anyMatch(e -> actorsRight(coded, e, s, t, r))) actorsRight++;
            }
            if (c.gold().isPresent()) {
                PentaClass gold = c.gold().get();
                typed++;
                if (events.stream().anyMatch(e -> PentaClass.of(e.cameo()) == gold)) typeFound++;
                typePredicted += events.size();
                typeRight += (int) events.stream().filter(e -> PentaClass.of(e.cameo()) == gold).count();
                if (events.stream().anyMatch(e -> PentaClass.of(e.cameo()) == gold && actorsRight(coded, e, s, t, r))) {
                    allRight++;
                }
            }
        }
        metrics.put("span_type_recall", new Ratio(typeFound, typed));
        metrics.put("span_type_precision", new Ratio(typeRight, typePredicted));
        metrics.put("source_span_recall", new Ratio(sourcesFound, sources));
        metrics.put("source_span_precision", new Ratio(sourceRight, sourcePredicted));
        metrics.put("target_span_recall", new Ratio(targetsFound, targets));
        metrics.put("target_span_precision", new Ratio(targetRight, targetPredicted));
        metrics.put("related_span_recall", new Ratio(relatedFound, related));
        metrics.put("source_and_target_right", new Ratio(actorsRight, actorCases));
        metrics.put("type_source_target_right", new Ratio(allRight, typed));
    }

    /**
     * One event names the sentence's actors: its source a source span and its target a target span, each where the
     * sentence has one; for an undirected interaction (R spans only) its two sides two different R spans, or the one.
     */
    private static boolean actorsRight(SentenceCoder.Coded coded, Event e, List<Span> s, List<Span> t, List<Span> r) {
        boolean sourceOk = s.isEmpty() || s.stream().anyMatch(g -> coded.names(e, e.source(), g));
        boolean targetOk = t.isEmpty() || e.target().filter(a -> t.stream().anyMatch(g -> coded.names(e, a, g))).isPresent();
        if (r.isEmpty()) return sourceOk && targetOk;
        for (Span a : r) {
            if (!coded.names(e, e.source(), a)) continue;
            if (r.size() == 1) return true;
            for (Span b : r) {
                if (b != a && e.target().filter(x -> coded.names(e, x, b)).isPresent()) return true;
            }
        }
        return r.size() == 1 && e.target().filter(x -> coded.names(e, x, r.get(0))).isPresent();
    }

    /** Gold spans index the case's text, which is the coded body: a one-line text is kept as it is. */
    private static List<Span> shifted(ConfliBertSuite.SpanCase c, List<Span> gold, SentenceCoder.Coded coded) {
        if (!coded.body().equals(c.text())) throw new IllegalStateException("the pipeline changed the text: " + c.text());
        return gold;
    }

    private static String key(Event e) {
        return e.source().code() + ">" + e.target().map(a -> a.code()).orElse("-") + ":" + e.cameo();
    }

    private static Set<PentaClass> classes(List<Event> events) {
        Set<PentaClass> classes = EnumSet.noneOf(PentaClass.class);
        events.forEach(e -> classes.add(PentaClass.of(e.cameo())));
        return classes;
    }
}
