package org.herald.store.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    private static String row(String... fields) throws IOException {
        StringBuilder out = new StringBuilder();
        Csv.row(out, List.of(fields));
        return out.toString();
    }

    @Test
    void plainFieldsAreWrittenAsTheyAreAndARowEndsInCrLf() throws IOException {
        assertEquals("a,b c,,1.5\r\n", row("a", "b c", "", "1.5"));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedWithInnerQuotesDoubled() throws IOException {
        assertEquals("\"dead end,\",\"he said \"\"no\"\"\",\"two\nlines\",\"cr\rlf\"\r\n",
                row("dead end,", "he said \"no\"", "two\nlines", "cr\rlf"));
    }

    @Test
    void leadingAndTrailingSpaceIsQuotedSoNoReaderTrimsIt() throws IOException {
        assertEquals("\" padded \",x\r\n", row(" padded ", "x"));
    }
}
