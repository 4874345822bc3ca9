package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NgecSuiteTest {
    @TempDir
    Path dir;

    @Test
    void readsTextLabelAndModeWithPloverSpellings() throws IOException {
        Files.writeString(dir.resolve(NgecSuite.FILE), "disclaimer,text,title,source,prompt,label,mode\n"
                + "d,\"Troops fired on the crowd.\nMany fled.\",{country_1} Troops Fire,AP,p,ASSAULT,PRIMATIVE\n"
                + "d,Ministers met.,Ministers Meet,AP,p,CONSULT,\n");
        List<NgecSuite.Story> s = NgecSuite.read(dir);
        assertEquals(List.of(new NgecSuite.Story("Troops fired on the crowd.\nMany fled.", "{country_1} Troops Fire", "ASSAULT",
                        "primitive"),
                new NgecSuite.Story("Ministers met.", "Ministers Meet", "CONSULT", "")), s);
    }

    @Test
    void aSampleIsEvenlySpacedAndDeterministic() {
        List<Integer> all = IntStream.range(0, 10).boxed().toList();
        assertEquals(List.of(0, 2, 5, 7), NgecSuite.sample(all, 4));
        assertEquals(all, NgecSuite.sample(all, 0));
        assertEquals(all, NgecSuite.sample(all, 20));
    }
}
