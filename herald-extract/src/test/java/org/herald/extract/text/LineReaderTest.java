package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private final LineReader reader = new LineReader();

    @Test
    void oneParagraphPerLineWithOrWithoutBlankLines() {
        assertEquals(List.of("Title", "First paragraph.", "Second paragraph."),
                reader.lines("Title\nFirst paragraph.\nSecond paragraph.\n"));
        assertEquals(List.of("Title", "First paragraph.", "Second paragraph."),
                reader.lines("  Title  \r\n\r\nFirst paragraph.\n\n\n\tSecond paragraph.\n"));
    }

    @Test
    void sentenceBrokenWhereALinkWasIsJoined() {
        assertEquals(List.of("Officials in the northern province of Velma said on Monday that the",
                        "Share"),
                reader.lines("Officials in the northern province of Velma said on Monday that the\nShare"));
        assertEquals(List.of("Officials in the northern province of Velma said on Monday that the river had burst its banks."),
                reader.lines("Officials in the northern province of Velma said on Monday that the\nriver had burst its banks."));
    }

    @Test
    void emptyTextHasNoLines() {
        assertEquals(List.of(), reader.lines(""));
        assertEquals(List.of(), reader.lines("\n \n\t\n"));
    }
}
