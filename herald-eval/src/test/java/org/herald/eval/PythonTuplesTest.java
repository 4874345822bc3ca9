package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTuplesTest {
    @Test
    void readsSingleAndDoubleQuotedStringsWithTheirOffsets() {
        List<PythonTuples.Tuple> t = PythonTuples.parse("[('Source-1', 'federal jury', 8), "
                + "('Target-2', \"his father's government\", 99), ('Action-1', 'it\\'s', 3)]");
        assertEquals(List.of(new PythonTuples.Tuple("Source-1", "federal jury", 8),
                new PythonTuples.Tuple("Target-2", "his father's government", 99),
                new PythonTuples.Tuple("Action-1", "it's", 3)), t);
    }

    @Test
    void anEmptyListHasNoTuples() {
        assertEquals(List.of(), PythonTuples.parse("[]"));
        assertEquals(List.of(), PythonTuples.parse(""));
    }
}
