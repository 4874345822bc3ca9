package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreClusterBenchTest {
    @TempDir
    Path dir;

    @Test
    void fillsEachSizeThenTimesPutsAndSaysWhereTheyWent() {
        Path store = dir.resolve("store");
        CliRun r = CliRun.run("bench", "cluster", "--store", store.toString(), "--sizes", "300,600", "--place", "40",
                "--commit-every", "20");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("filled 0 → 300 articles"), r.out());
        assertTrue(r.out().contains("filled 340 → 600 articles"), r.out());
        Matcher at = Pattern.compile("at ([\\d,]+) articles: 40 puts .* ([\\d.]+)% in the story written for").matcher(r.out());
        assertTrue(at.find(), r.out());
        assertEquals("300", at.group(1));
        // The feed's stories are easy to tell apart: a store that found no candidates would open a story each time.
        assertTrue(Double.parseDouble(at.group(2)) >= 80, r.out());
        assertTrue(at.find(), r.out());
        assertEquals("600", at.group(1));
        assertFalse(Files.exists(store), "the store folder is deleted at the end");
    }

    @Test
    void refusesAFolderThatHoldsSomethingAndLeavesItAlone() throws IOException {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("keep.txt"), "mine");
        CliRun r = CliRun.run("bench", "cluster", "--store", full.toString(), "--sizes", "10");
        assertNotEquals(0, r.exitCode());
        assertTrue(Files.exists(full.resolve("keep.txt")));
    }

    @Test
    void rejoinDecidesEverySurnameOnceThenFindsNothingLeftToChange() {
        CliRun r = CliRun.run("bench", "rejoin", "--store", dir.resolve("people").toString(), "--surnames", "30",
                "--puts", "20");
        assertEquals(0, r.exitCode(), r.err());
        Matcher first = Pattern.compile("rejoin, first: 30 surnames decided, ([\\d,]+) articles put again").matcher(r.out());
        assertTrue(first.find(), r.out());
        // Every surname with a senator or a coach among its full names claims the matching surname-only article.
        assertTrue(Integer.parseInt(first.group(1)) > 0, r.out());
        assertTrue(r.out().contains("rejoin, again: 30 surnames decided, 0 articles put again"), r.out());
        assertTrue(r.out().contains("20 puts naming a new senator"), r.out());
    }
}
