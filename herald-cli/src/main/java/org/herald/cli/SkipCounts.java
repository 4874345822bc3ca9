package org.herald.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.archive.SkipReason;

/** Counts archive records that gave no document, by reason, for the command summary. Single-threaded. */
final class SkipCounts {
    private final Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);

    void add(SkipReason reason) {
        counts.merge(reason, 1, Integer::sum);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    int of(SkipReason reason) {
        return counts.getOrDefault(reason, 0);
    }

    /** "; 5 archive records skipped (not_200 1, not_html 1, not_response 2, revisit 1)", or "" when none were. */
    String suffix() {
        if (counts.isEmpty()) return "";
        return "; " + total() + " archive records skipped" + counts.entrySet().stream()
                .map(e -> e.getKey().kind() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
