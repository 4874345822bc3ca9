package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch}'s usage errors, caught before any store is opened or any request sent. */
class WatchCommandTest {
    @TempDir
    Path temp;

    @Test
    void feedsAreRequired() {
        CliRun run = CliRun.run("watch", "--once");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--feeds FILE is required"), run.err());
    }

    @Test
    void aMissingOrBadFeedListIsAUsageErrorThatNamesTheLine() throws Exception {
        CliRun missing = CliRun.run("watch", "--feeds", temp.resolve("none.txt").toString(), "--store",
                temp.resolve("store").toString());
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());

        Path bad = temp.resolve("bad.txt");
        Files.writeString(bad, "# feeds\nnot a url\n");
        CliRun run = CliRun.run("watch", "--feeds", bad.toString(), "--store", temp.resolve("store").toString());
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("bad.txt:2: not an http(s) URL"), run.err());
        assertFalse(Files.exists(temp.resolve("store")), "no store made for a run that cannot start");
    }

    @Test
    void theHostDelayMustBeSeconds() {
        for (String value : new String[] {"-1", "soon"}) {
            CliRun run = CliRun.run("watch", "--feeds", "feeds.txt", "--host-delay", value);
            assertEquals(ExitCode.USAGE, run.exitCode(), value);
            assertTrue(run.err().contains("--host-delay needs seconds"), run.err());
        }
    }
}
