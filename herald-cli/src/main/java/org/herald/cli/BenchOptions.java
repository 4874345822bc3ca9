package org.herald.cli;

/** The options both bench commands take: {@code --seconds N}, {@code --threads N}, {@code --json}. */
final class BenchOptions {
    int seconds = 10;
    int threads = Runtime.getRuntime().availableProcessors();
    boolean json;

    /** Reads one of the shared options; false when {@code name} is not one of them. */
    boolean read(Args a, String name) {
        switch (name) {
            case "seconds" -> seconds = a.positiveInt("seconds");
            case "threads" -> threads = a.positiveInt("threads");
            case "json" -> {
                a.flag("json");
                json = true;
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
