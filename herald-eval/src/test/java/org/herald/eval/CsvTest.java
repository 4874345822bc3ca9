package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("code,example\n\"010\",\"He said, \"\"no\"\"\nthen left.\"\r\n020,NA\n");
        assertEquals(List.of(List.of("code", "example"), List.of("010", "He said, \"no\"\nthen left."),
                List.of("020", "NA")), rows);
    }
}
