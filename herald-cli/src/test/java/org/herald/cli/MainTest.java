package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @Test
    void helpListsEveryCommand() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.exitCode());
        for (String command : new String[] {"demo", "extract", "analyze", "export", "eval", "bench"}) {
            assertTrue(r.out().contains(command), command);
        }
    }

    @Test
    void noArgumentsShowsHelp() {
        assertTrue(CliRun.run().out().startsWith("usage: herald"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "extract", "bench", "analyze", "export"})
    void everyCommandHasHelp(String command) {
        CliRun r = CliRun.run(command, "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("usage: herald " + command), r.out());
        assertEquals("", r.err());
    }

    @Test
    void helpWithACommandShowsThatCommandsUsage() {
        assertTrue(CliRun.run("help", "extract").out().startsWith("usage: herald extract"));
    }

    @Test
    void unknownCommandIsAUsageError() {
        CliRun r = CliRun.run("frobnicate");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
        assertTrue(r.err().contains("usage: herald COMMAND"), r.err());
    }

    @Test
    void unknownOptionIsAUsageErrorWithTheCommandsUsage() {
        CliRun r = CliRun.run("extract", "--colour", "red", "x.html");
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown option --colour"), r.err());
        assertTrue(r.err().contains("usage: herald extract"), r.err());
    }

    @Test
    void evalIsDispatched() {
        CliRun r = CliRun.run("eval");
        assertTrue(r.err().contains("herald eval"), r.err());
    }
}
