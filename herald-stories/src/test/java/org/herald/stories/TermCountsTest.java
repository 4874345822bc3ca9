package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TermCountsTest {
    @Test
    void encodedCountsReadBackTheSame() {
        TermCounts counts = StoryMatcher.defaults().terms(StoryDocument.ofText("d", Samples.FIRE_CHURCH));
        TermCounts back = TermCounts.decode(counts.encode());
        assertEquals(counts.words().keySet(), back.words().keySet());
        assertEquals(counts.anchors().keySet(), back.anchors().keySet());
        counts.words().forEach((t, c) -> assertEquals(c, back.words().get(t), 1e-6, t));
    }

    @Test
    void emptyCountsEncodeToNothing() {
        TermCounts none = new TermCounts(Map.of(), Map.of());
        assertEquals("", none.encode());
        assertEquals(none, TermCounts.decode(""));
    }

    @Test
    void aLineItDidNotWriteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TermCounts.decode("x\tfire\t1.0\n"));
    }
}
