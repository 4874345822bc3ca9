package org.herald.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.herald.model.Span;
import org.herald.model.analysis.Event;

/**
 * Scores Herald against the human coders of the CAMEO_ConfliBERT rounds ({@code events-rounds}), and each coder
 * against the others for context.
 * <ul>
 *   <li>CAMEO roots per sentence as sets. The majority set holds the roots more than half of the sentence's coders
 *   chose; recall and precision against it are pooled over sentences, a Herald root on a sentence without majority
 *   roots counting as wrong. "Any coder" uses the union of the coders' roots.</li>
 *   <li>Leave one out: each coder against the majority of the other coders (sentences with two or more others), and
 *   Herald against the same majorities: the like-for-like comparison of Herald with one more coder.</li>
 *   <li>Relevance: a sentence where more than half of the coders coded nothing is not political; the false-positive
 *   rate is the share of those where Herald codes an event.</li>
 *   <li>Spans: per coder event, whether one Herald event's source is named in one of its source spans (target
 *   alike), and whether one Herald event has its root and both sides; coders against the other coders' events.</li>
 * </ul>
 */
final class RoundsEval {
    private final SentenceCoder coder;

    RoundsEval(SentenceCoder coder) {
        this.coder = coder;
    }

    SuiteReport score(List<RoundsSuite.RoundCase> cases) {
        Ratio majRecall = new Ratio(0, 0), majPrecision = new Ratio(0, 0), anyRecall = new Ratio(0, 0),
                anyPrecision = new Ratio(0, 0), looCoderRecall = new Ratio(0, 0), looCoderPrecision = new Ratio(0, 0),
                looHeraldRecall = new Ratio(0, 0), looHeraldPrecision = new Ratio(0, 0);
        int quietCases = 0, heraldNoise = 0, relevantCases = 0, heraldFound = 0, looQuiet = 0, looCoderNoise = 0;
        List<String> misses = new java.util.ArrayList<>();
        Map<String, int[]> perRoot = new TreeMap<>();
        Map<String, Map<String, Integer>> missedAs = new TreeMap<>();
        for (RoundsSuite.RoundCase c : cases) {
            if (c.codings().isEmpty()) continue;
            SentenceCoder.Coded coded = coder.code(c.text());
            if (!coded.body().equals(c.text())) throw new IllegalStateException("the pipeline changed " + c.id());
            Set<String> herald = roots(coded.events());
            List<Set<String>> coders = c.codings().stream().map(k -> rootsOf(k.events())).toList();
            Set<String> majority = majority(coders);
            Set<String> any = new TreeSet<>();
            coders.forEach(any::addAll);
            for (String r : majority) {
                int[] n = perRoot.computeIfAbsent(r, x -> new int[2]);
                n[0]++;
                if (herald.contains(r)) n[1]++;
                else missedAs.computeIfAbsent(r, x -> new TreeMap<>()).merge(herald.isEmpty() ? "none"
                        : String.join("+", herald), 1, Integer::sum);
            }
            if (!herald.equals(majority)) {
                misses.add(c.id() + ": majority " + majority + ", coders " + coders + ", Herald " + herald + ": "
                        + c.text());
            }
            majRecall = majRecall.plus(new Ratio(overlap(herald, majority), majority.size()));
            majPrecision = majPrecision.plus(new Ratio(overlap(herald, majority), herald.size()));
            anyRecall = anyRecall.plus(new Ratio(overlap(herald, any), any.size()));
            anyPrecision = anyPrecision.plus(new Ratio(overlap(herald, any), herald.size()));
            boolean quiet = coders.stream().filter(Set::isEmpty).count() * 2 > coders.size();
            if (quiet) {
                quietCases++;
                if (!coded.events().isEmpty()) heraldNoise++;
            } else {
                relevantCases++;
                if (!coded.events().isEmpty()) heraldFound++;
            }
            for (int k = 0; k < coders.size() && coders.size() >= 3; k++) {
                List<Set<String>> others = new java.util.ArrayList<>(coders);
                Set<String> mine = others.remove(k);
                Set<String> m = majority(others);
                looCoderRecall = looCoderRecall.plus(new Ratio(overlap(mine, m), m.size()));
                looCoderPrecision = looCoderPrecision.plus(new Ratio(overlap(mine, m), mine.size()));
                looHeraldRecall = looHeraldRecall.plus(new Ratio(overlap(herald, m), m.size()));
                looHeraldPrecision = looHeraldPrecision.plus(new Ratio(overlap(herald, m), herald.size()));
                if (others.stream().filter(Set::isEmpty).count() * 2 > others.size()) {
                    looQuiet++;
                    if (!mine.isEmpty()) looCoderNoise++;
                }
            }
        }
        Map<String, Ratio> m = new LinkedHashMap<>();
        m.put("root_recall_majority", majRecall);
        m.put("root_precision_majority", majPrecision);
        m.put("root_recall_any_coder", anyRecall);
        m.put("root_precision_any_coder", anyPrecision);
        m.put("loo_herald_root_recall", looHeraldRecall);
        m.put("loo_herald_root_precision", looHeraldPrecision);
        m.put("loo_coder_root_recall", looCoderRecall);
        m.put("loo_coder_root_precision", looCoderPrecision);
        m.put("relevant_sentences_with_event", new Ratio(heraldFound, relevantCases));
        m.put("relevance_false_positive_rate", new Ratio(heraldNoise, quietCases));
        m.put("non_political_sentences_quiet", new Ratio(quietCases - heraldNoise, quietCases));
        m.put("loo_coder_relevance_false_positive_rate", new Ratio(looCoderNoise, looQuiet));
        int coderEvents = spanAgreement(cases, m);
        StringBuilder details = new StringBuilder("Coders' events: " + coderEvents + " over " + cases.size()
                + " sentences. Rows `loo_*`: each coder (and Herald) against the majority of the other coders;"
                + " `coders_*`: a coder's event against the other coders' events.\n\nMajority roots found by Herald"
                + " (missed as: Herald's roots on the sentences it missed):\n\n| root | sentences | found | missed as |\n"
                + "| --- | --- | --- | --- |\n");
        perRoot.forEach((r, n) -> details.append("| ").append(r).append(" | ").append(n[0]).append(" | ")
                .append(new Ratio(n[1], n[0])).append(" | ").append(top(missedAs.get(r))).append(" |\n"));
        return new SuiteReport(m, details.toString(), misses);
    }

    /** The span rows: per coder event, Herald's events and the other coders' against its spans. */
    private int spanAgreement(List<RoundsSuite.RoundCase> cases, Map<String, Ratio> m) {
        int coderEvents = 0, sourceSpans = 0, sourceHerald = 0, sourceCoders = 0, targetSpans = 0, targetHerald = 0,
                targetCoders = 0, fullHerald = 0, fullCoders = 0;
        for (RoundsSuite.RoundCase c : cases) {
            SentenceCoder.Coded coded = coder.code(c.text());
            for (RoundsSuite.Coding k : c.codings()) {
                List<RoundsSuite.CoderEvent> otherEvents = c.codings().stream().filter(o -> o != k)
                        .flatMap(o -> o.events().stream()).toList();
                for (RoundsSuite.CoderEvent e : k.events()) {
                    coderEvents++;
                    if (!e.sources().isEmpty()) {
                        sourceSpans++;
                        if (coded.events().stream().anyMatch(h -> namesSource(coded, h, e))) sourceHerald++;
                        if (otherEvents.stream().anyMatch(o -> overlaps(o.sources(), e.sources()))) sourceCoders++;
                    }
                    if (!e.targets().isEmpty()) {
                        targetSpans++;
                        if (coded.events().stream().anyMatch(h -> namesTarget(coded, h, e))) targetHerald++;
                        if (otherEvents.stream().anyMatch(o -> overlaps(o.targets(), e.targets()))) targetCoders++;
                    }
                    if (coded.events().stream().anyMatch(h -> root(h).equals(e.root())
                            && (e.sources().isEmpty() || namesSource(coded, h, e))
                            && (e.targets().isEmpty() || namesTarget(coded, h, e)))) fullHerald++;
                    if (otherEvents.stream().anyMatch(o -> o.root().equals(e.root())
                            && (e.sources().isEmpty() || overlaps(o.sources(), e.sources()))
                            && (e.targets().isEmpty() || overlaps(o.targets(), e.targets())))) fullCoders++;
                }
            }
        }
        m.put("source_span_agreement", new Ratio(sourceHerald, sourceSpans));
        m.put("target_span_agreement", new Ratio(targetHerald, targetSpans));
        m.put("root_source_target_agreement", new Ratio(fullHerald, coderEvents));
        m.put("coders_source_span_agreement", new Ratio(sourceCoders, sourceSpans));
        m.put("coders_target_span_agreement", new Ratio(targetCoders, targetSpans));
        m.put("coders_root_source_target_agreement", new Ratio(fullCoders, coderEvents));
        return coderEvents;
    }

    private static String top(Map<String, Integer> counts) {
        if (counts == null) return "";
        return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(4)
                .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
    }

    private static boolean namesSource(SentenceCoder.Coded coded, Event h, RoundsSuite.CoderEvent e) {
        return e.sources().stream().anyMatch(g -> coded.names(h, h.source(), g));
    }

    private static boolean namesTarget(SentenceCoder.Coded coded, Event h, RoundsSuite.CoderEvent e) {
        return h.target().filter(a -> e.targets().stream().anyMatch(g -> coded.names(h, a, g))).isPresent();
    }

    private static boolean overlaps(List<Span> a, List<Span> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(x::overlaps));
    }

    /** The CAMEO roots more than half of a sentence's coders gave it. */
    static Set<String> majorityRoots(RoundsSuite.RoundCase c) {
        return majority(c.codings().stream().map(k -> {
            Set<String> roots = new TreeSet<>();
            k.events().forEach(e -> roots.add(e.root()));
            return roots;
        }).toList());
    }

    /** Roots chosen by more than half of the coders. */
    static Set<String> majority(List<Set<String>> coders) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        coders.forEach(s -> s.forEach(r -> votes.merge(r, 1, Integer::sum)));
        Set<String> m = new TreeSet<>();
        votes.forEach((r, n) -> {
            if (n * 2 > coders.size()) m.add(r);
        });
        return m;
    }

    private static int overlap(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }

    private static Set<String> roots(List<Event> events) {
        Set<String> r = new TreeSet<>();
        events.forEach(e -> r.add(root(e)));
        return r;
    }

    private static Set<String> rootsOf(List<RoundsSuite.CoderEvent> events) {
        Set<String> r = new TreeSet<>();
        events.forEach(e -> r.add(e.root()));
        return r;
    }

    private static String root(Event e) {
        return e.cameo().substring(0, 2);
    }
}
