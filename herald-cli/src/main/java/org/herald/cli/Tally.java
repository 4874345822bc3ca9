package org.herald.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.model.Outcome;
import org.herald.model.Reason;

/** Counts a batch's outcomes, so the summary can show that documents in = ok + failed. Single-threaded. */
final class Tally {
    private int ok;
    private final Map<Reason, Integer> failed = new EnumMap<>(Reason.class);

    void add(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Failed<?> f) {
            failed.merge(f.reason(), 1, Integer::sum);
        } else {
            ok++;
        }
    }

    int ok() {
        return ok;
    }

    int failed() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "12 ok, 2 failed (no_main_text 1, unreadable 1)". */
    String summary() {
        String line = ok + " ok, " + failed() + " failed";
        if (failed.isEmpty()) {
            return line;
        }
        return line + failed.entrySet().stream()
                .map(e -> e.getKey().kind() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
