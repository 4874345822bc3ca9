package org.herald.cli;

/**
 * The command line was wrong (unknown command or option, missing value). {@link Main} prints the message and the
 * usage of the command concerned on stderr and exits with {@link ExitCode#USAGE}.
 */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String usage;

    UsageException(String message, String usage) {
        super(message);
        this.usage = usage;
    }

    String usage() {
        return usage;
    }
}
