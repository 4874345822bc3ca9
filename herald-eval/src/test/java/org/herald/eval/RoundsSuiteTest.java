package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundsSuiteTest {
    @TempDir
    Path dir;

    @Test
    void readsActiveCodersEventsAndSpansByColumnName() throws IOException {
        String header = "ids,plain_text,sentences,anncomplete_1,entities_1,1_Relevant_1,Action1_CAMEO_1,"
                + "anncomplete_2,entities_2,1_Relevant_2,Action1_CAMEO_2,anncomplete_3,entities_3,1_Relevant_3,"
                + "Action1_CAMEO_3\n";
        String sentence = "Café owners said police beat protesters.";
        String row = "x,No. 7 sentences " + sentence + "," + sentence + ","
                + "True,\"[('Source-1', 'police', 17), ('Action-1', 'beat', 24), ('Target-1', 'protesters', 29)]\",True,4-18 Assualt,"
                + "False,[],,,"
                + "True,[],False,\n";
        for (String f : RoundsSuite.FILES) {
            Files.createDirectories(dir.resolve(f).getParent());
            Files.writeString(dir.resolve(f), header + row);
        }
        List<RoundsSuite.RoundCase> cases = RoundsSuite.read(dir);
        assertEquals(2, cases.size());
        RoundsSuite.RoundCase c = cases.get(0);
        assertEquals("No. 7", c.id());
        assertEquals(List.of(1, 3), c.codings().stream().map(RoundsSuite.Coding::coder).toList());
        RoundsSuite.CoderEvent e = c.codings().get(0).events().get(0);
        assertEquals("18", e.root());
        assertEquals("police", e.sources().get(0).of(c.text()));
        assertEquals("protesters", e.targets().get(0).of(c.text()));
        assertEquals(List.of(), c.codings().get(1).events());
    }

    @Test
    void theMajorityIsMoreThanHalfOfTheCoders() {
        assertEquals(Set.of("01"), RoundsEval.majority(List.of(Set.of("01", "18"), Set.of("01"), Set.of("19"))));
        assertEquals(Set.of(), RoundsEval.majority(List.of(Set.of("01"), Set.of("18"))));
    }
}
