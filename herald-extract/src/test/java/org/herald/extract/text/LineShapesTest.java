package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class LineShapesTest {
    private final LineShapes shapes = LineShapes.load();

    @Test
    void tablesLoadAndEveryPatternMatchesItsOwnExample() {
        List<List<String>> rows = Lexicon.rows(LineShapes.class, "patterns.tsv", 3, 4);
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            String example = row.get(3).replace(" …", " and so on");
            if (row.get(1).equals("dateline")) {
                assertTrue(shapes.dateline(example), row.get(0));
            } else {
                assertEquals(Optional.of(row.get(0)), shapes.furniture(example), row.get(0));
            }
        }
        assertTrue(Lexicon.words(LineShapes.class, "date-words.tsv").contains("august"));
    }

    @Test
    void datelinesOpenWireCopy() {
        assertTrue(shapes.dateline("NEW YORK (Reuters) - Stocks fell on Monday."));
        assertTrue(shapes.dateline("KALYRA, Greece — Residents returned home."));
        assertFalse(shapes.dateline("UK - France match postponed"));
        assertFalse(shapes.dateline("The minister said the plan - first announced in May - would go ahead."));
    }

    @Test
    void dateOnlyLinesHoldLittleElse() {
        assertTrue(shapes.dateOnly(Token.of("Updated: 14 March 2022, 09:12 GMT")));
        assertTrue(shapes.dateOnly(Token.of("Mon 1 Aug 2022 14.32 BST")));
        assertTrue(shapes.dateOnly(Token.of("2 hours ago")));
        assertFalse(shapes.dateOnly(Token.of("May Day")));
        assertFalse(shapes.dateOnly(Token.of("Police arrested 3 men on Monday")));
        assertFalse(shapes.dateOnly(Token.of("2022")));
    }
}
