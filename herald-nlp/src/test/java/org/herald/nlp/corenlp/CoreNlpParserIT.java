package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default CoreNLP configuration with the real models: the tags our stages rely on are there. */
class CoreNlpParserIT {
    // Sample text written for Herald: invented events and people.
    private static final String TEXT = "Portuguese Foreign Minister Helena Marques met her Canadian counterpart, "
            + "David Okafor, in Geneva on Monday.\n\n\"We have wasted eleven months,\" Marques told reporters. "
            + "The European Commission in Brussels questioned whether trawlers from Portugal underreported their "
            + "catch off Newfoundland, and the chancellor of Germany said nothing.";
    private static ParsedText parsed;
    private static CoreNlpParser parser;

    @BeforeAll
    static void parse() {
        parser = CoreNlpParser.defaults();
        parsed = parser.parse(TEXT);
    }

    private static Map<String, String> nerByWord() {
        Map<String, String> ner = new HashMap<>();
        for (Sentence s : parsed.sentences()) {
            for (Token t : s.tokens()) ner.put(t.text(), t.ner());
        }
        return ner;
    }

    @Test
    void keepsTheEntityTypesOurStagesNeed() {
        Map<String, String> ner = nerByWord();
        assertEquals("PERSON", ner.get("Marques"));
        assertEquals("PERSON", ner.get("Okafor"));
        assertEquals("NATIONALITY", ner.get("Portuguese"));
        assertEquals("NATIONALITY", ner.get("Canadian"));
        assertEquals("TITLE", ner.get("Minister"));
        assertEquals("CITY", ner.get("Geneva"));
        assertEquals("COUNTRY", ner.get("Portugal"));
        assertEquals("ORGANIZATION", ner.get("Commission"));
    }

    @Test
    void tokensPointIntoTheTextAndEverySentenceHasADependencyTree() {
        assertTrue(parsed.sentences().size() >= 3, parsed.sentences().toString());
        int previousEnd = 0;
        for (Sentence s : parsed.sentences()) {
            assertFalse(s.tokens().isEmpty());
            for (Token t : s.tokens()) {
                assertTrue(t.span().start() >= previousEnd, "offsets never go backwards: " + t);
                previousEnd = t.span().end();
                assertFalse(t.pos().isEmpty(), t.toString());
            }
            List<Dependency> deps = s.dependencies();
            assertEquals(1, deps.stream().filter(d -> d.governor() == -1).count(), "one root: " + deps);
            assertEquals(s.tokens().size(), deps.size(), "every token attached once: " + deps);
        }
        Token quoteWord = parsed.sentences().get(1).tokens().stream()
                .filter(t -> t.text().equals("wasted")).findFirst().orElseThrow();
        assertEquals("wasted", quoteWord.span().of(TEXT));
        assertEquals("waste", quoteWord.lemma());
    }

    @Test
    void aWireDatelineIsParsedApartSoTheVerbIsTheRoot() {
        for (String lead : List.of("NAIROBI, Kenya (Reuters) - Police arrested two opposition leaders on Monday.",
                "ISLAMABAD: The interior minister says talks with the protesters have failed.")) {
            Sentence s = parser.parse(lead).sentences().get(0);
            Dependency root = s.dependencies().stream().filter(d -> d.governor() == -1).findFirst().orElseThrow();
            String verb = s.tokens().get(root.dependent()).text();
            assertTrue(verb.equals("arrested") || verb.equals("says"), lead + ": root " + verb + " " + s.dependencies());
            assertEquals(1, s.dependencies().stream().filter(d -> d.governor() == -1).count());
            assertEquals(s.tokens().size(), s.dependencies().size(), "every token attached once");
        }
    }
}
