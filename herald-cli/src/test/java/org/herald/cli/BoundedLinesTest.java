package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

    @Test
    void numbersLinesSkipsBlanksAndCutsOffLongOnes() throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader("one\n\n" + "x".repeat(20) + "\nfour"), 10);
        List<BoundedLines.Line> first = lines.next(2);
        assertEquals(List.of(new BoundedLines.Line(1, Optional.of("one")), new BoundedLines.Line(3, Optional.empty())),
                first);
        assertEquals(List.of(new BoundedLines.Line(4, Optional.of("four"))), lines.next(2));
        assertEquals(List.of(), lines.next(2));
    }
}
