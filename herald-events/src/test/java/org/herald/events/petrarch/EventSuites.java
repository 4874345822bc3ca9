package org.herald.events.petrarch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds ../shared/eval/events like herald-eval's SuiteLocator: {@code $HERALD_EVAL_DIR}, else a {@code shared/eval}
 * folder beside the working directory or any parent. The data is read in place, never copied.
 */
final class EventSuites {
    private EventSuites() {}

    static Optional<Path> folder(String name) {
        String env = System.getenv("HERALD_EVAL_DIR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env, "events", name)).filter(Files::isDirectory);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval").resolve("events").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
