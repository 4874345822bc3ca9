package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Token;
import org.junit.jupiter.api.Test;

class DatelinePrefixTest {
    /** Tokens of a space-separated sentence; a word written "word/TAG" carries that named-entity tag. */
    private static List<Token> tokens(String sentence) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : sentence.split(" ")) {
            String[] p = w.split("/");
            out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], p[0], "NNP",
                    p.length > 1 ? p[1] : "O"));
            at += w.length() + 1;
        }
        return out;
    }

    @Test
    void findsWireDatelinesWithDateAgencyOrRegion() {
        assertEquals(8, DatelinePrefix.length(tokens("WASHINGTON , March 1 ( Xinhua ) -- Senator Kaye quit today .")));
        assertEquals(7, DatelinePrefix.length(tokens("KYIV , Ukraine ( AP ) — Drones struck the port .")));
        assertEquals(3, DatelinePrefix.length(tokens("NEW/CITY YORK/CITY -- The mayor resigned on Monday .")), "a tagged place");
        assertEquals(5, DatelinePrefix.length(tokens("MOSCOW , Sept. 24 -- Putin offered support .")));
    }

    @Test
    void aColonAfterCapitalsIsADatelineOrLabel() {
        assertEquals(2, DatelinePrefix.length(tokens("ISLAMABAD : The minister says talks failed .")));
        assertEquals(2, DatelinePrefix.length(tokens("UPDATE : Police arrested two men .")));
    }

    @Test
    void aCapitalisedSubjectBeforeADashIsNoDateline() {
        assertEquals(0, DatelinePrefix.length(tokens("NATO/ORGANIZATION — the alliance — said it would help .")));
        assertEquals(1 + 1, DatelinePrefix.length(tokens("BEIRUT/CITY — Israeli jets struck the city .")),
                "a place tag is the second sign");
        assertEquals(0, DatelinePrefix.length(tokens("Raipur , India - Rights activists called for action .")),
                "the place must be in capitals");
        assertEquals(0, DatelinePrefix.length(tokens("MIAMI A federal jury convicted him .")), "no separator");
        assertEquals(0, DatelinePrefix.length(tokens("LONDON : Fog .")), "too short a clause to parse alone");
    }

    @Test
    void theClauseKeepsItsTreeAndTheDatelineHangsFromItsRoot() {
        // The clause "Drones struck port ." parsed alone: root struck(1), nsubj drones(0), obj port(2), punct(3).
        List<Dependency> clause = List.of(new Dependency(-1, "root", 1), new Dependency(1, "nsubj", 0),
                new Dependency(1, "obj", 2), new Dependency(1, "punct", 3));
        List<Dependency> whole = DatelinePrefix.attach(2, clause);
        assertTrue(whole.contains(new Dependency(-1, "root", 3)));
        assertTrue(whole.contains(new Dependency(3, "nsubj", 2)));
        assertTrue(whole.contains(new Dependency(3, "dep", 0)), "the place hangs from the clause's root");
        assertTrue(whole.contains(new Dependency(0, "dep", 1)), "the separator hangs from the place");
        assertEquals(6, whole.size(), "one head for every token");
    }
}
