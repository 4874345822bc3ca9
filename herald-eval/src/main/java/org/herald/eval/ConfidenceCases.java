package org.herald.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.herald.model.analysis.Event;

/**
 * Herald's events on the labelled event suites, each marked right or wrong, for training and checking the event
 * confidence. An event is right when its type is one the gold gives its sentence, at the finest level the gold has:
 * <ul>
 *   <li>{@code conflibert-train} class sentences: its coarse class ({@link PentaClass}) is the sentence's class;</li>
 *   <li>{@code cameo-conflibert-rounds}: its CAMEO root is one that more than half of the sentence's coders chose
 *   (a sentence they mostly left uncoded makes every event wrong);</li>
 *   <li>UniversalPetrarch GSR and the CAMEO manual's examples: its CAMEO root is an expected event's root (a record
 *   expecting no event makes every event wrong).</li>
 * </ul>
 * Actors are not part of "right": of the suites, only the ConfliBERT span sentences and the rounds mark them, and as
 * spans, not codes. The events are those the suites score ({@link SentenceCoder}): no negated events, no acts
 * restated as intentions. Every suite is split by {@link SuiteSplit} on its text, the GSR and CAMEO examples too.
 */
final class ConfidenceCases {
    /** One event of a suite sentence: its features, the confidence Herald gave it, and whether it is right. */
    record Labelled(String suite, List<String> features, double confidence, boolean right) {
        Labelled {
            features = List.copyOf(features);
        }
    }

    private ConfidenceCases() {}

    /** The labelled events of one split of every suite, in suite and file order. */
    static List<Labelled> collect(Path events, SentenceCoder coder, SuiteSplit split) {
        List<Labelled> out = new ArrayList<>();
        Path conflibert = events.resolve("conflibert-train/cameo_class/train.tsv");
        for (ConfliBertSuite.ClassCase c : split.select(ConfliBertSuite.classCases(conflibert),
                ConfliBertSuite.ClassCase::text)) {
            label("conflibert", coder.code(c.text()), e -> PentaClass.of(e.cameo()) == c.gold(), out);
        }
        for (RoundsSuite.RoundCase c : split.select(RoundsSuite.read(events.resolve("cameo-conflibert-rounds")),
                RoundsSuite.RoundCase::text)) {
            if (c.codings().isEmpty()) continue;
            Set<String> majority = RoundsEval.majorityRoots(c);
            label("rounds", coder.code(c.text()), e -> majority.contains(root(e.cameo())), out);
        }
        List<EventCase> gsr = EventSuites.jsonl(events.resolve("universalpetrarch/petr2_gsr_validation.jsonl"));
        List<EventCase> cameo = EventSuites.cameoExamples(events.resolve("cameo-codes/icews-cameo-codes.csv"));
        for (List<EventCase> suite : List.of(gsr, cameo)) {
            for (EventCase c : split.select(suite, EventCase::text)) {
                Set<String> roots = new TreeSet<>();
                c.expected().forEach(t -> roots.add(root(t.code())));
                label(suite == gsr ? "gsr" : "cameo", coder.code(c.text()), e -> roots.contains(root(e.cameo())), out);
            }
        }
        return out;
    }

    private static void label(String suite, SentenceCoder.Coded coded, Predicate<Event> right, List<Labelled> out) {
        for (int i = 0; i < coded.events().size(); i++) {
            Event e = coded.events().get(i);
            out.add(new Labelled(suite, coded.features().get(i), e.confidence(), right.test(e)));
        }
    }

    private static String root(String cameo) {
        return cameo.length() >= 2 ? cameo.substring(0, 2) : cameo;
    }
}
