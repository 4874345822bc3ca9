package org.herald.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** Why something failed, in one line for a user rather than a debugger: the messages of a cause chain. */
public final class Causes {
    private static final int DEEPEST = 8;

    private Causes() {}

    /**
     * "commit failed: No space left on device": each distinct message from the exception down its causes, the
     * class name where one has none, white space collapsed. Never a stack trace.
     */
    public static String oneLine(Throwable e) {
        Set<String> parts = new LinkedHashSet<>();
        int depth = 0;
        for (Throwable t = e; t != null && depth < DEEPEST; t = t.getCause(), depth++) {
            String m = t.getMessage();
            if (m == null || m.isBlank()) {
                if (t.getCause() == null) parts.add(t.getClass().getSimpleName());
                continue;
            }
            String line = m.strip().replaceAll("\\s+", " ");
            // A wrapper's message often repeats its cause's ("java.io.IOException: disk full"): keep the new part.
            if (parts.stream().noneMatch(line::contains) && parts.stream().noneMatch(p -> p.contains(line))) {
                parts.add(line);
            }
        }
        return String.join(": ", parts);
    }
}
