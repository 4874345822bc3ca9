package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
    private final CueLexicon lexicon = CueLexicon.load();

    @Test
    void everyRowHasAKnownCategoryAndMatch() {
        List<List<String>> rows = Lexicon.rows(CueLexicon.class, "cues.tsv", 3, 4);
        assertTrue(rows.size() > 100, "rows: " + rows.size());
        Set<Cue> categories = EnumSet.noneOf(Cue.class);
        for (List<String> row : rows) {
            categories.add(Cue.parse(row.get(0)));
            CueLexicon.Match.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT));
            assertFalse(Token.of(row.get(2)).isEmpty(), row.toString());
        }
        assertEquals(EnumSet.allOf(Cue.class), categories, "every category has phrases");
    }

    @Test
    void runTogetherLinkLabelsAreFoundWordByWord() {
        Set<Cue> cues = find("Share this articleComments");
        assertEquals(EnumSet.of(Cue.SHARE, Cue.COMMENTS), cues);
        assertEquals(EnumSet.of(Cue.SOCIAL), find("FacebookTwitterLinkedInWhatsApp"));
    }

    @Test
    void startPhrasesOnlyMatchAtTheStart() {
        assertTrue(lexicon.find(Token.of("Follow us on Instagram")).stream()
                .anyMatch(h -> h.cue() == Cue.FOLLOW && h.match() == CueLexicon.Match.START));
        assertTrue(lexicon.find(Token.of("Officials asked residents to follow us on the road")).stream()
                .noneMatch(h -> h.match() == CueLexicon.Match.START));
    }

    @Test
    void creditCuesKeepTheirSymbols() {
        assertTrue(find("Maria Lenz/Reuters").contains(Cue.CREDIT));
        assertFalse(find("Maria Lenz of Reuters said").contains(Cue.CREDIT));
        assertTrue(find("© Kestrel Press").contains(Cue.CREDIT));
    }

    private Set<Cue> find(String line) {
        return lexicon.find(Token.of(line)).stream().map(CueLexicon.Hit::cue).collect(Collectors.toCollection(() -> EnumSet.noneOf(Cue.class)));
    }
}
