package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.herald.events.cameo.CameoCodebook;
import org.junit.jupiter.api.Test;

class VerbDictionaryTest {
    private static final CameoCodebook BOOK = CameoCodebook.load();
    private static final VerbDictionary VERBS = VerbDictionary.load(BOOK);

    @Test
    void coversAllTwentyRootCategories() {
        Set<String> roots = new TreeSet<>();
        for (String lemma : new String[] {"say", "urge", "agree", "meet", "praise", "cooperate", "provide", "release",
                "investigate", "demand", "accuse", "reject", "threaten", "protest", "deploy", "impose", "arrest",
                "torture", "attack", "use"}) {
            VERBS.entries(lemma).stream().filter(e -> !e.isNoEvent()).forEach(e -> roots.add(e.code().substring(0, 2)));
        }
        assertEquals(20, roots.stream().filter(r -> Integer.parseInt(r) <= 20).count(), roots.toString());
    }

    @Test
    void entriesCarryTheirConditions() {
        VerbEntry chain = VERBS.entries("threaten").stream().filter(e -> e.complement().isPresent()
                && e.complement().get().equals("impose")).findFirst().orElseThrow();
        assertEquals("1312", chain.code());
        assertEquals("threaten to impose sanction", chain.pattern());
        assertTrue(chain.specificity() > VERBS.entries("threaten").get(0).specificity());
        assertFalse(VERBS.has("weather"));
        assertTrue(VERBS.entries("demand").get(0).targets().contains("ccomp"));
    }

    @Test
    void bareVerbFallbacksComeLastAndLoseToAnyOtherMatchingRow() {
        var rows = VERBS.entries("contribute");
        VerbEntry fallback = rows.get(rows.size() - 1);
        assertEquals(VerbDictionary.BARE_FILE, fallback.file());
        assertEquals("070", fallback.code());
        assertTrue(fallback.isBare());
        assertTrue(rows.stream().filter(e -> e != fallback).allMatch(e -> e.specificity() > fallback.specificity()));
    }

    @Test
    void noEventRowsAreLoadedAndOutrankTheBareVerb() {
        var rows = VERBS.entries("defend");
        VerbEntry title = rows.stream().filter(e -> e.object().equals(Optional.of("title"))).findFirst().orElseThrow();
        assertTrue(title.isNoEvent());
        var bare = rows.stream().filter(VerbEntry::isBare).toList();
        assertFalse(bare.isEmpty(), "'defend' has a bare row for the no-event row to outrank");
        assertTrue(bare.stream().allMatch(e -> e.specificity() < title.specificity()));
    }

    @Test
    void hyphenatedRepetitionIsTheVerbItself() {
        assertTrue(VERBS.has("re-examine"));
        assertEquals(VERBS.entries("examine"), VERBS.entries("re-examine"));
    }
}
