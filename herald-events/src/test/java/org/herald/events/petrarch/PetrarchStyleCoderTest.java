package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Toy dictionaries written here; the sentences are ours, in the style of the PETRARCH unit tests. */
class PetrarchStyleCoderTest {
    private static final LocalDate DATE = LocalDate.of(1995, 1, 1);

    @TempDir
    Path dir;

    private PetrarchStyleCoder coder;

    @BeforeEach
    void dictionaries() throws IOException {
        Path actors = Files.writeString(dir.resolve("actors"), String.join("\n",
                "ARNOR_ [ARN]", "GONDOR [GON]", "+MINAS_TIRITH", "OSGILIATH [OSG]",
                "GOLLUM", "\t[HOB < 950601]", "\t[HOBREB > 950601]"));
        Path agents = Files.writeString(dir.resolve("agents"), "ARMY [~MIL]\nOFFICIAL [~GOV]\n");
        Path verbs = Files.writeString(dir.resolve("verbs"), String.join("\n",
                "&CURRENCY", "+DOLLARS", "+SWISS FRANCS",
                "--- ATTACK [190] ---", "ATTACK",
                "--- CONTRIBUTE [070] ---", "CONTRIBUTE", "- * &CURRENCY [071]",
                "--- ARRIVE [032:033] ---", "ARRIVE"));
        Path discards = Files.writeString(dir.resolve("discards"), "BASEBALL\n");
        coder = new PetrarchStyleCoder(PetrarchDictionaries.read(List.of(actors), agents, verbs, discards));
    }

    private Set<CodedEvent> code(String parse, LocalDate date) {
        return Set.copyOf(coder.code(parse, date).events());
    }

    @Test
    void agentsCombineWithActors() {
        assertEquals(Set.of(new CodedEvent("ARNMIL", "GON", "190")), code("(ROOT (S (NP (NP (NNP Arnor) (POS 's)) "
                + "(NN army)) (VP (VBD attacked) (NP (NNP Minas) (NNP Tirith))) (. .)))", DATE));
    }

    @Test
    void compoundSubjectsGiveOneEventEach() {
        assertEquals(Set.of(new CodedEvent("ARN", "OSG", "190"), new CodedEvent("GON", "OSG", "190")),
                code("(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked) (NP (NNP Osgiliath)))))",
                        DATE));
    }

    @Test
    void dateRestrictionsFollowTheSentenceDate() {
        String parse = "(ROOT (S (NP (NNP Gollum)) (VP (VBD attacked) (NP (NNP Gondor)))))";
        assertEquals(Set.of(new CodedEvent("HOB", "GON", "190")), code(parse, DATE));
        assertEquals(Set.of(new CodedEvent("HOBREB", "GON", "190")), code(parse, LocalDate.of(1996, 1, 1)));
    }

    @Test
    void synsetPatternsOverrideTheVerbCode() {
        assertEquals(Set.of(new CodedEvent("ARN", "GON", "071")), code("(ROOT (S (NP (NNP Arnor)) (VP (MD will) "
                + "(VP (VB contribute) (NP (DT a) (CD million) (JJ swiss) (NNS francs)) (PP (TO to) (NP (NNP Gondor)))))))",
                DATE));
        assertEquals(Set.of(new CodedEvent("ARN", "GON", "070")), code("(ROOT (S (NP (NNP Arnor)) (VP (MD will) "
                + "(VP (VB contribute) (NP (DT a) (CD million) (NNS rupees)) (PP (TO to) (NP (NNP Gondor)))))))", DATE));
    }

    @Test
    void pairedCodesGoBothWays() {
        assertEquals(Set.of(new CodedEvent("ARN", "GON", "032"), new CodedEvent("GON", "ARN", "033")),
                code("(ROOT (S (NP (NNP Arnor)) (VP (VBD arrived) (PP (IN in) (NP (NNP Gondor))))))", DATE));
    }

    @Test
    void passiveVoiceTakesTheSourceFromTheByPhrase() {
        assertEquals(Set.of(new CodedEvent("ARN", "GON", "190")), code("(ROOT (S (NP (NNP Gondor)) (VP (VBD was) "
                + "(VP (VBN attacked) (PP (IN by) (NP (NNP Arnor)))))))", DATE));
    }

    @Test
    void discardPhrasesDropTheSentence() {
        PetrarchStyleCoder.Result r = coder.code("(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor) "
                + "(NN baseball) (NNS fans)))))", DATE);
        assertEquals(List.of(), r.events());
        assertEquals(Optional.of("BASEBALL"), r.discard());
    }
}
