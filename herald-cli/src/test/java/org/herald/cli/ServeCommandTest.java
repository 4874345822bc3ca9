package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s command line; serving itself runs in DemoCommandIT and the herald-server tests. */
class ServeCommandTest {

    @Test
    void helpNamesTheTokenVariablesAndTheLoopbackDefault() {
        CliRun r = CliRun.run("serve", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("HERALD_TOKEN"), r.out());
        assertTrue(r.out().contains("default 127.0.0.1"), r.out());
    }

    @Test
    void badOptionsAreUsageErrorsBeforeAnythingStarts() {
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "--port", "eighty").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "--port", "70000").exitCode());
        CliRun cors = CliRun.run("serve", "--cors", "example.org");
        assertEquals(ExitCode.USAGE, cors.exitCode());
        assertTrue(cors.err().contains("scheme://host"), cors.err());
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "some/folder").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "--token", "secret").exitCode(),
                "a token on the command line would be visible to every user of the machine");
    }

    @Test
    void watchOptionsNeedTheWatchAndAMissingFeedListIsAUsageError(@TempDir Path dir) {
        CliRun contact = CliRun.run("serve", "--contact", "desk@news.example", "--port", "0");
        assertEquals(ExitCode.USAGE, contact.exitCode());
        assertTrue(contact.err().contains("go with --watch FILE"), contact.err());
        CliRun missing = CliRun.run("serve", "--watch", dir.resolve("feeds.txt").toString(), "--store",
                dir.resolve("store").toString(), "--port", "0");
        assertEquals(ExitCode.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("feeds.txt: no such file"), missing.err());
        assertTrue(CliRun.run("serve", "--help").out().contains("--watch FILE"));
    }

    @Test
    void aStorePathThatIsAFileIsReportedAsSuch(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("store"), "not an index");
        CliRun r = CliRun.run("serve", "--store", file.toString(), "--port", "0");
        assertEquals(ExitCode.SOME_FAILED, r.exitCode());
        assertTrue(r.err().contains(file + ": not a folder"), r.err());
    }

    /** #11: the search slots and a POST's time budget are the operator's to set. */
    @Test
    void theSearchSlotsAndThePostBudgetAreOptions(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("store"), "not an index");
        CliRun r = CliRun.run("serve", "--store", file.toString(), "--port", "0", "--max-searches", "2",
                "--doc-timeout", "5");
        assertEquals(ExitCode.SOME_FAILED, r.exitCode(), "the options are taken; the store is what fails: " + r.err());
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "--max-searches", "0").exitCode());
        assertEquals(ExitCode.USAGE, CliRun.run("serve", "--doc-timeout", "0").exitCode());
        assertTrue(CliRun.run("serve", "--help").out().contains("--max-searches N"));
    }
}
