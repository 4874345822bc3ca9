package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryReadersTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void actorsKeepSynonymsAndDateRestrictedCodes() throws IOException {
        ActorDictionary d = ActorDictionaryReader.read(file("a.actors", String.join("\n",
                "<!-- a comment",
                "     over two lines -->",
                "GOLLUM  # pas 27 Apr 03",
                "+SMEAGOL",
                "\t[HOB < 950601]",
                "\t[HOBGOV 19950601 - 19990815]",
                "\t[HOBREB > 990816]",
                "",
                "NEW_ZEALAND [NZE]",
                "ENT  [### <890101] [ENT] ;tabari comment")));
        assertEquals(3, d.entries().size());
        ActorEntry gollum = d.entries().get(0);
        assertEquals(List.of(List.of("GOLLUM"), List.of("SMEAGOL")), gollum.names());
        assertEquals(Optional.of("HOB"), gollum.codeOn(LocalDate.of(1995, 5, 31)));
        assertEquals(Optional.of("HOBGOV"), gollum.codeOn(LocalDate.of(1999, 8, 15)));
        assertEquals(Optional.of("HOBREB"), gollum.codeOn(LocalDate.of(1999, 8, 16)));
        assertEquals(List.of("NEW", "ZEALAND"), d.entries().get(1).names().get(0));
        assertEquals(Optional.of("ENT"), d.entries().get(2).codeOn(LocalDate.of(1995, 1, 1)));
    }

    @Test
    void tabariActorWordsAreStemsUnlessTheyEndInUnderscore() throws IOException {
        Path f = file("t.actors", "ARGENTIN [ARG]\nARNOR_ [ARN]\n+NORTH KINGDOM_\nPRINCE DOL_AMROTH [DOL]\n");
        ActorDictionary tabari = ActorDictionaryReader.read(f, DictionaryFormat.TABARI);
        assertEquals(List.of(List.of(true)), tabari.entries().get(0).stems());
        assertEquals(List.of(List.of(false), List.of(true, false)), tabari.entries().get(1).stems());
        assertEquals(List.of(List.of(true, false, true)), tabari.entries().get(2).stems());
        // the same lines in a PETRARCH file are whole words
        ActorDictionary petrarch = ActorDictionaryReader.read(f);
        assertEquals(List.of(List.of(false, false, false)), petrarch.entries().get(2).stems());
        assertEquals(List.of("PRINCE", "DOL", "AMROTH"), petrarch.entries().get(2).names().get(0));
    }

    @Test
    void tabariVerbWordsAreStemsUnlessTheyEndInUnderscore() throws IOException {
        Path f = file("t.verbs", "RESTOR [064]\nBAN_ [191]\n{ BANS_ BANNED_ }\nCALL_OFF [345]\n");
        VerbDictionary d = VerbDictionaryReader.read(f, DictionaryFormat.TABARI);
        assertEquals(DictionaryFormat.TABARI, d.format());
        assertEquals(new VerbPhrase(List.of("RESTOR"), 0, List.of(true)), d.families().get(0).forms().get(0).phrase());
        VerbForm ban = d.families().get(1).forms().get(0);
        assertEquals(List.of(false), ban.phrase().stems());
        assertEquals(List.of(List.of(false), List.of(false)), ban.irregular().stream().map(VerbPhrase::stems).toList());
        assertEquals(List.of(false, true), d.families().get(2).forms().get(0).phrase().stems());
        assertEquals(DictionaryFormat.PETRARCH, VerbDictionaryReader.read(f).format());
    }

    @Test
    void aBadActorDateFailsWithFileAndLine() throws IOException {
        Path f = file("bad.actors", "ARNOR [ARN]\nGONDOR\n\t[GON 9008223-911221]\n");
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> ActorDictionaryReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3:"), e.getMessage());
    }

    @Test
    void agentsExpandSubstitutionsAndPlurals() throws IOException {
        AgentDictionary d = AgentDictionaryReader.read(file("a.agents", String.join("\n",
                "!PERSON! = MAN, MEN",
                "CONGRESS!PERSON! [~LEG]",
                "GOLDEN_GOOSE {GOLDEN_GEESE} [~GGS]",
                "TROOPS {}  [~MIL] # ab 22 Aug 2005",
                "MSF {}  [NGO~]",
                "AUTHORITY  [~GOV]")));
        assertEquals(6, d.entries().size());
        assertEquals(List.of("CONGRESSMAN"), d.entries().get(0).words());
        assertEquals(List.of(List.of("GOLDEN", "GOOSE"), List.of("GOLDEN", "GEESE")), d.entries().get(2).forms());
        assertEquals(1, d.entries().get(3).forms().size());
        assertTrue(d.entries().get(4).prefix());
        assertEquals("NGO", d.entries().get(4).code());
        assertEquals(List.of("AUTHORITIES"), d.entries().get(5).forms().get(1));
    }

    @Test
    void verbsReadFamiliesSynsetsFormsAndPatterns() throws IOException {
        VerbDictionary d = VerbDictionaryReader.read(file("v.verbs", String.join("\n",
                "&TIETYPES",
                "+MILITARY",
                "+ECONOMIC",
                "--- BREAK  [---] ---",
                "BREAK { BROKE BROKEN  }",
                "+BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }",
                "WIRE_+TAP [1711]",
                "- + * IN $  [075]  #  pattern CONNECT-6",
                "- * NEW_&TIETYPES_RELATIONS [903]")));
        assertEquals(List.of(List.of(new PatternElement(PatternElement.Kind.WORD, "MILITARY", false)),
                List.of(new PatternElement(PatternElement.Kind.WORD, "ECONOMIC", false))), d.synsets().get("&TIETYPES"));
        VerbFamily f = d.families().get(0);
        assertEquals(Optional.of("---"), f.code());
        assertEquals(3, f.forms().size());
        assertEquals(2, f.forms().get(0).irregular().size());
        assertEquals(new VerbPhrase(List.of("WIRE", "TAP"), 1), f.forms().get(2).phrase());
        assertEquals(Optional.of("1711"), f.forms().get(2).code());
        VerbPattern p = f.patterns().get(1);
        assertEquals("903", p.code());
        assertEquals(List.of(new PatternElement(PatternElement.Kind.WORD, "NEW", true),
                new PatternElement(PatternElement.Kind.SYNSET, "&TIETYPES", true),
                new PatternElement(PatternElement.Kind.WORD, "RELATIONS", false)), p.after());
        assertEquals(PatternElement.Kind.TARGET, f.patterns().get(0).before().get(0).kind());
    }

    @Test
    void aPatternWithoutCodeFailsWithFileAndLine() throws IOException {
        Path f = file("bad.verbs", "--- ACT [100] ---\nACT\n- * NOW\n");
        DictionaryFormatException e = assertThrows(DictionaryFormatException.class, () -> VerbDictionaryReader.read(f));
        assertTrue(e.getMessage().startsWith(f + ":3:"), e.getMessage());
    }

    @Test
    void discardsSplitSentenceAndStoryLevel() throws IOException {
        DiscardDictionary d = DiscardDictionaryReader.read(file("d.txt", "BASEBALL\n+World Golf Championships # pas\n"));
        assertEquals(List.of(List.of("BASEBALL")), d.sentencePhrases());
        assertEquals(List.of(List.of("WORLD", "GOLF", "CHAMPIONSHIPS")), d.storyPhrases());
    }
}
