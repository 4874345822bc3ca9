package org.herald.cli;

import org.herald.model.Causes;

/** Why something failed, as a line for the terminal: {@link Causes#oneLine}, its control characters escaped. */
final class Failures {
    private Failures() {}

    static String oneLine(Throwable e) {
        return Terminal.safe(Causes.oneLine(e));
    }
}
