package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingArgsTest {
    @Test
    void defaultsAreTheShippedFileAndBothHalves(@TempDir Path dir) {
        TrainingArgs a = TrainingArgs.parse(List.of("train-x"), dir.resolve("w.tsv"));
        assertEquals(dir.resolve("w.tsv"), a.out());
        assertEquals(List.of(SuiteSplit.DEV, SuiteSplit.HELDOUT), a.splits());
        assertTrue(a.outFolderExists());
    }

    @Test
    void optionsOverrideAndBadOnesSayWhy(@TempDir Path dir) {
        TrainingArgs a = TrainingArgs.parse(List.of("x", "--split", "heldout", "--out", "nowhere/at/all.tsv"),
                dir.resolve("w.tsv"));
        assertEquals(List.of(SuiteSplit.HELDOUT), a.splits());
        assertFalse(a.outFolderExists());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> TrainingArgs.parse(List.of("x", "--out"), dir));
        assertEquals("missing value for --out", missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> TrainingArgs.parse(List.of("x", "--bogus"), dir));
        assertEquals("unknown option: --bogus", unknown.getMessage());
    }
}
