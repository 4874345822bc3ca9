package org.herald.eval;

import java.io.PrintStream;
import java.util.List;

/** {@code ./herald eval SUITE [options]}: runs one evaluation suite. */
public final class EvalCommand {
    private EvalCommand() {}

    /** Runs the command; returns the process exit code (0 ok, 1 below a floor, 2 usage error). */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("usage: herald eval extraction [--suite DIR] [--floors FILE] [--write-benchmarks]");
        return 2;
    }
}
