package org.herald.eval;

import java.util.List;

/** Runs {@link EvalCommand} on its own, for the build and for developers without the CLI. */
public final class EvalMain {
    private EvalMain() {}

    public static void main(String[] args) {
        System.exit(EvalCommand.run(List.of(args), System.out, System.err));
    }
}
