package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The same kind of toy dictionaries as TABARI files: no family headers, stems unless a word ends in _. */
    private PetrarchStyleCoder tabariCoder(DictionaryFormat format) throws IOException {
        Path actors = Files.writeString(dir.resolve("t.actors"), "ARGENTIN [ARG]\nGONDOR_ [GON]\nARNOR_ [ARN]\n");
        Path verbs = Files.writeString(dir.resolve("t.verbs"), "RESTOR [064]\nDEPART_ [032]\nATTACK [190]\n");
        return new PetrarchStyleCoder(new PetrarchDictionaries(ActorDictionaryReader.read(actors, format),
                new AgentDictionary(List.of()), VerbDictionaryReader.read(verbs, format), DiscardDictionary.empty()));
    }

    @Test
    void tabariStemsMatchAnyEnding() throws IOException {
        PetrarchStyleCoder tabari = tabariCoder(DictionaryFormat.TABARI);
        String restored = "(ROOT (S (NP (NNP Argentina)) (VP (VBD restored) (NP (NNS ties)) "
                + "(PP (IN with) (NP (NNP Gondor))))))";
        assertEquals(List.of(new CodedEvent("ARG", "GON", "064")), tabari.code(restored, DATE).events());
        String restoring = "(ROOT (S (NP (DT The) (JJ Argentine) (NN government)) (VP (VBZ is) (VP (VBG restoring) "
                + "(NP (NNS ties)) (PP (IN with) (NP (NNP Gondor)))))))";
        assertEquals(List.of(new CodedEvent("ARG", "GON", "064")), tabari.code(restoring, DATE).events());
    }

    @Test
    void tabariWordsEndingInUnderscoreAreWholeWords() throws IOException {
        PetrarchStyleCoder tabari = tabariCoder(DictionaryFormat.TABARI);
        // a whole verb keeps its regular endings, TABARI's -ES and -EN among them, and nothing else
        for (String verb : List.of("departed", "departes", "departen")) {
            assertEquals(List.of(new CodedEvent("ARN", "GON", "032")), tabari.code("(ROOT (S (NP (NNP Arnor)) (VP (VBD "
                    + verb + ") (PP (IN from) (NP (NNP Gondor))))))", DATE).events(), verb);
        }
        assertEquals(List.of(), tabari.code("(ROOT (S (NP (NNP Arnor)) (VP (VBD departx) (PP (IN from) "
                + "(NP (NNP Gondor))))))", DATE).events());
        // GONDOR_ is not "Gondorian": no target
        assertEquals(List.of(new CodedEvent("ARN", "---", "190")), tabari.code(
                "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondorian)))))", DATE).events());
    }

    @Test
    void tabariDiscardCodesStopTheSentence() throws IOException {
        Path actors = Files.writeString(dir.resolve("d.actors"),
                "ARNOR_ [ARN]\nGONDOR_ [GON]\nNASGUL [###]\nUSSR [USR <911226] [###]\n");
        Path verbs = Files.writeString(dir.resolve("d.verbs"), "ATTACK [190]\n- * DIPLXMATIC [###]\nSOCCER [###]\n");
        PetrarchStyleCoder tabari = new PetrarchStyleCoder(new PetrarchDictionaries(
                ActorDictionaryReader.read(actors, DictionaryFormat.TABARI), new AgentDictionary(List.of()),
                VerbDictionaryReader.read(verbs, DictionaryFormat.TABARI), DiscardDictionary.empty()));
        String nasgul = "(ROOT (S (NP (DT The) (NNPS Nasgul)) (VP (VBD attacked) (NP (NNP Gondor)))))";
        assertEquals(Optional.of("NASGUL [###]"), tabari.code(nasgul, DATE).discard());
        String ussr = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (DT the) (NNP USSR) (NN embassy)))))";
        assertEquals(List.of(new CodedEvent("ARN", "USR", "190")), tabari.code(ussr, LocalDate.of(1991, 1, 1)).events());
        assertEquals(List.of(), tabari.code(ussr, LocalDate.of(1992, 1, 1)).events());
        String soccer = "(ROOT (S (NP (NNP Arnor) (NN soccer) (NNS fans)) (VP (VBD attacked) (NP (NNP Gondor)))))";
        assertEquals(Optional.of("SOCCER [###]"), tabari.code(soccer, DATE).discard());
        String pattern = "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (JJ diplxmatic) (NNS ties)))))";
        assertEquals(List.of(), tabari.code(pattern, DATE).events());
        assertTrue(tabari.code(pattern, DATE).discard().isPresent());
    }

    @Test
    void petrarchFilesKeepWholeWordsWithRegularEndings() throws IOException {
        PetrarchStyleCoder petrarch = tabariCoder(DictionaryFormat.PETRARCH);
        // RESTOR and ARGENTIN are words no text has; DEPART gets its regular endings, not TABARI's -ES
        assertEquals(List.of(), petrarch.code("(ROOT (S (NP (NNP Argentina)) (VP (VBD restored) (NP (NNS ties)) "
                + "(PP (IN with) (NP (NNP Gondor))))))", DATE).events());
        assertEquals(List.of(new CodedEvent("ARN", "GON", "032")), petrarch.code("(ROOT (S (NP (NNP Arnor)) "
                + "(VP (VBD departed) (PP (IN from) (NP (NNP Gondor))))))", DATE).events());
        assertEquals(List.of(), petrarch.code("(ROOT (S (NP (NNP Arnor)) (VP (VBD departes) (PP (IN from) "
                + "(NP (NNP Gondor))))))", DATE).events());
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
