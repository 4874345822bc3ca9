package org.herald.cli;

/** Process exit codes shared by every command. */
final class ExitCode {
    private ExitCode() {}

    /** Every document succeeded. */
    static final int OK = 0;
    /** At least one document failed; the others were still processed and written. */
    static final int SOME_FAILED = 1;
    /** The command line was wrong; nothing was processed. */
    static final int USAGE = 2;
    /** An error that is no one document's (the store cannot be written) stopped the run; committed work stays. */
    static final int STOPPED = 3;
    /** Another process writes the store and takes no documents from others; nothing was done. */
    static final int STORE_BUSY = 4;
}
