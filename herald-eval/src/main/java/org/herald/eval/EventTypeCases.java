package org.herald.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.herald.events.cameo.CameoCodebook;
import org.herald.events.learned.LearnedTypes;
import org.herald.model.analysis.Event;

/**
 * The sentences that train and check the learned event types ({@link LearnedTypes}), each with its label (a PLOVER
 * type, STATEMENT or NONE) where the suite tells it, and the labels its gold allows:
 * <ul>
 *   <li>{@code cameo-conflibert-rounds}: the type of the CAMEO root most coders chose; a sentence most coders left
 *   uncoded is NONE;</li>
 *   <li>{@code conflibert-train} class sentences: the gold gives only a coarse class ({@link PentaClass}), so the label
 *   is the type of a rule event (Herald's verb rows alone) of that class, when there is one; otherwise the label is
 *   left open and any type of the class is allowed (the trainer fills it in from its own first pass);</li>
 *   <li>{@code ngec-synthetic}: the story's first sentence (the lead, where the prompt's event is told) with the
 *   prompt's type; machine-written, so it counts half;</li>
 *   <li>{@code events-offtopic}'s ECB+ documents (sports, culture, disasters): every sentence is NONE.</li>
 * </ul>
 * Every suite is split by {@link SuiteSplit} as its evaluation splits it; the trainer reads only the dev half.
 */
final class EventTypeCases {
    static final String NONE = "NONE";
    static final String STATEMENT = "STATEMENT";
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”']?)\\s+(?=[\"“A-Z])");
    private static final double SYNTHETIC_WEIGHT = 0.5;
    /**
     * Off-topic sentences outnumber the political ones four to one; at full weight NONE swallows vivid political
     * verbs that sports writing shares ("pummelled", "crushed"). A third of a vote each keeps them a counterweight.
     */
    private static final double OFFTOPIC_WEIGHT = 0.3;

    /**
     * One sentence: the suite it comes from, its label when known, the labels its gold allows (all of them for a
     * known label is just that label), and its weight in training.
     */
    record Case(String suite, String text, Optional<String> label, Set<String> allowed, double weight) {
        Case {
            allowed = Set.copyOf(allowed);
        }
    }

    private EventTypeCases() {}

    /** The cases of one split of every suite; {@code rules} is a coder with the verb rows alone. */
    static List<Case> collect(Path events, SentenceCoder rules, SuiteSplit split) {
        CameoCodebook codebook = CameoCodebook.load();
        Map<String, Optional<String>> codes = LearnedTypes.codes();
        List<Case> out = new ArrayList<>();
        for (RoundsSuite.RoundCase c : split.select(RoundsSuite.read(events.resolve("cameo-conflibert-rounds")),
                RoundsSuite.RoundCase::text)) {
            if (c.codings().isEmpty()) continue;
            Set<String> majority = RoundsEval.majorityRoots(c);
            String label = majority.isEmpty() ? NONE : label(majority.iterator().next(), codebook);
            out.add(new Case("rounds", c.text(), Optional.of(label), Set.of(label), 1));
        }
        Path conflibert = events.resolve("conflibert-train/cameo_class/train.tsv");
        for (ConfliBertSuite.ClassCase c : split.select(ConfliBertSuite.classCases(conflibert),
                ConfliBertSuite.ClassCase::text)) {
            Set<String> allowed = new TreeSet<>();
            codes.forEach((label, code) -> {
                if (classOf(label, codes).filter(c.gold()::equals).isPresent()) allowed.add(label);
            });
            Optional<String> silver = rules.code(c.text()).events().stream().map(Event::cameo)
                    .filter(code -> PentaClass.of(code) == c.gold()).findFirst().map(code -> label(code, codebook));
            out.add(new Case("conflibert", c.text(), silver, silver.map(Set::of).orElse(allowed), 1));
        }
        for (NgecSuite.Story s : split.select(NgecSuite.read(events.resolve("ngec-synthetic")), NgecSuite.Story::template)) {
            String type = s.type();
            if (!codes.containsKey(type)) continue;
            out.add(new Case("ngec", lead(s.text()), Optional.of(type), Set.of(type), SYNTHETIC_WEIGHT));
        }
        for (OfftopicSuite.Document d : split.select(
                OfftopicSuite.read(events.resolveSibling("clustering").resolve("ecbplus-dev")),
                OfftopicSuite.Document::topic)) {
            for (String sentence : d.sentences()) {
                out.add(new Case("offtopic", sentence, Optional.of(NONE), Set.of(NONE), OFFTOPIC_WEIGHT));
            }
        }
        return out;
    }

    /** The learned label of a CAMEO code: its PLOVER type, or STATEMENT for CAMEO 01 and 02 (which PLOVER drops). */
    static String label(String cameo, CameoCodebook codebook) {
        String plover = codebook.require(cameo).plover();
        return plover.equals(org.herald.events.cameo.CameoCode.NO_PLOVER) ? STATEMENT : plover;
    }

    /** The coarse class of a label: that of its CAMEO code; STATEMENT is class 0; NONE has none. */
    static Optional<PentaClass> classOf(String label, Map<String, Optional<String>> codes) {
        if (label.equals(STATEMENT)) return Optional.of(PentaClass.STATEMENT);
        return codes.getOrDefault(label, Optional.empty()).map(PentaClass::of);
    }

    /** A story's lead: its first sentence, with the second when the first is under eight words. */
    static String lead(String story) {
        String[] parts = SENTENCE_END.split(story.strip(), 3);
        String lead = parts[0];
        if (lead.split("\\s+").length < 8 && parts.length > 1) lead = lead + " " + parts[1];
        return lead.strip();
    }
}
