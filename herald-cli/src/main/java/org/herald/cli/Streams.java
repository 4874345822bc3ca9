package org.herald.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

import static java.nio.charset.StandardCharsets.UTF_8;

/** The standard streams a command may use; tests pass their own so commands run in-process. */
record Streams(InputStream in, PrintStream out, PrintStream err) {
    Streams {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * The process's streams, always UTF-8 whatever the locale says: JSON output must not turn "é" into "?"
     * on a machine with a POSIX locale. Stdout is buffered for throughput; {@link Main} flushes it at exit.
     */
    static Streams system() {
        PrintStream out = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
        return new Streams(System.in, out, err);
    }
}
