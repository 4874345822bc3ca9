package org.herald.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.model.Reason;
import org.herald.pipeline.IngestResult;

/** Counts an ingest run so the summary shows in = stored + already stored + failed. Single-threaded. */
final class IngestTally {
    private int stored;
    private int alreadyStored;
    private final Map<Reason, Integer> failed = new EnumMap<>(Reason.class);

    void add(IngestResult result) {
        switch (result.status()) {
            case STORED -> stored++;
            case ALREADY_STORED -> alreadyStored++;
            case FAILED -> failed.merge(result.reason().orElseThrow(), 1, Integer::sum);
        }
    }

    int stored() {
        return stored;
    }

    int alreadyStored() {
        return alreadyStored;
    }

    int failed() {
        return failed.values().stream().mapToInt(Integer::intValue).sum();
    }

    int seen() {
        return stored + alreadyStored + failed();
    }

    /** "14 in = 10 stored + 2 already stored + 2 failed (no_main_text 1, unreadable 1)". */
    String summary() {
        String line = seen() + " in = " + stored + " stored + " + alreadyStored + " already stored + " + failed()
                + " failed";
        if (failed.isEmpty()) {
            return line;
        }
        return line + failed.entrySet().stream()
                .map(e -> e.getKey().kind() + " " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
