package org.herald.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared evaluation suites: {@code $HERALD_EVAL_DIR}, else a {@code shared/eval} folder beside the
 * working directory or any of its parents (the checkout sits next to {@code shared/}).
 */
final class SuiteLocator {
    private SuiteLocator() {}

    static Optional<Path> evalRoot() {
        String env = System.getenv("HERALD_EVAL_DIR");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Optional<Path> suite(String relative) {
        return evalRoot().map(r -> r.resolve(relative)).filter(Files::isDirectory);
    }
}
