package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.events.cameo.CameoCodebook;
import org.herald.events.learned.LearnedTypes;
import org.herald.events.learned.MiniLmEmbedder;
import org.herald.events.learned.SoftmaxModel;
import org.herald.model.analysis.Event;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/**
 * How the coder uses the learned event types, on hand-written parses with the real MiniLM vectors and models whose
 * bias alone decides the guess (what the shipped weights guess is {@code LearnedTypesTest}'s and the suites' concern):
 * only a predicate no verb row matched is asked, its clause gives source and target, the rule id says where the type
 * came from, and a guess under the threshold or with no type codes nothing.
 */
class LearnedCodingTest {
    private static final LocalDate REFERENCE = LocalDate.parse("2024-03-04");
    private static final MiniLmEmbedder EMBEDDER = new MiniLmEmbedder();
    private static final CameoCodebook CODEBOOK = CameoCodebook.load();

    /** A model that always guesses {@code label}, at about 0.99 against NONE. */
    private static CameoCoder coderGuessing(String label, double threshold) {
        SoftmaxModel always = new SoftmaxModel(List.of(label, "NONE"), threshold, new double[] {5, 0},
                new double[2][EMBEDDER.dimension()]);
        return new CameoCoder(new CountryActors(), CODEBOOK, Optional.of(new LearnedTypes(EMBEDDER, always)));
    }

    private static List<Event> code(CameoCoder coder, ParsedText p) {
        return coder.code(p, CameoCoderTest.countries(p, "Russia", "RUS", "Ukraine", "UKR"), List.of(), List.of(),
                Optional.of(REFERENCE));
    }

    private static final ParsedText UNKNOWN_VERB = Parses.text(
            "Russia/Russia/NNP zapped/zap/VBD Ukraine/Ukraine/NNP ./././.", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");

    @Test
    void aPredicateNoRowKnowsTakesTheGuessedType() {
        List<Event> events = code(coderGuessing("ASSAULT", 0.5), UNKNOWN_VERB);
        assertEquals(1, events.size(), events.toString());
        Event e = events.get(0);
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().orElseThrow().code());
        assertEquals("190", e.cameo());
        assertEquals("zapped", e.trigger());
        assertTrue(e.evidence().rule().startsWith("learned:event-types.tsv:zap"), e.evidence().rule());
        assertTrue(e.evidence().rule().endsWith("+type-ASSAULT+p0.9"), e.evidence().rule());
    }

    @Test
    void thePassiveSubjectIsTheTargetAndTheByPhraseTheDoer() {
        ParsedText passive = Parses.text("Ukraine/Ukraine/NNP was/be/VBD zapped/zap/VBN by/by/IN Russia/Russia/NNP "
                + "./././.", "nsubj:pass(2,0) aux:pass(2,1) root(-1,2) case(4,3) obl:agent(2,4) punct(2,5)");
        Event e = code(coderGuessing("ACCUSE", 0.5), passive).get(0);
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().orElseThrow().code());
        assertEquals("112", e.cameo());
    }

    @Test
    void aPlainSayingReportsTheActItIntroduces() {
        ParsedText said = Parses.text("Ukraine/Ukraine/NNP said/say/VBD Russia/Russia/NNP zapped/zap/VBD "
                        + "Kharkiv/Kharkiv/NNP ./././.",
                "nsubj(1,0) root(-1,1) nsubj(3,2) ccomp(1,3) obj(3,4) punct(1,5)");
        List<Event> events = code(coderGuessing("ASSAULT", 0.5), said);
        assertTrue(events.stream().anyMatch(e -> e.source().code().equals("RUS") && e.cameo().equals("190")
                && e.trigger().equals("zapped")), events.toString());
    }

    @Test
    void noGuessIsTakenUnderTheThresholdOrWithoutAType() {
        assertEquals(List.of(), code(coderGuessing("ASSAULT", 0.999), UNKNOWN_VERB));
        assertEquals(List.of(), code(coderGuessing("STATEMENT", 0.5), UNKNOWN_VERB));
    }

    @Test
    void aVerbRowAlwaysWinsOverTheGuess() {
        ParsedText attacked = Parses.text("Russia/Russia/NNP attacked/attack/VBD Ukraine/Ukraine/NNP ./././.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");
        List<Event> events = code(coderGuessing("AID", 0.5), attacked);
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).cameo().startsWith("19"), events.toString());
        assertTrue(events.get(0).evidence().rule().startsWith("svo:"), events.get(0).evidence().rule());
    }

    @Test
    void aSentenceWithoutACodableSourceIsNeverGuessed() {
        ParsedText nobody = Parses.text("Someone/someone/NN zapped/zap/VBD Ukraine/Ukraine/NNP ./././.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");
        assertEquals(List.of(), code(coderGuessing("ASSAULT", 0.5), nobody));
    }
}
