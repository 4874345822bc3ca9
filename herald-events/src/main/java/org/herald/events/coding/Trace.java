package org.herald.events.coding;

import java.util.function.Consumer;

/**
 * Where the coder says what it considered and why it did or did not emit an event; for {@link Explainer}. Off by
 * default: {@link #NONE} is disabled, and callers build a line only when {@link #enabled()}, since the coder tries
 * thousands of verb rows per article and formatting each one cost more than the coding itself.
 */
interface Trace {
    Trace NONE = new Trace() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public void note(String line) {
        }
    };

    /** Whether lines are kept; when false, {@link #note} is a no-op and callers skip building the line. */
    boolean enabled();

    void note(String line);

    /** A trace that hands every line to {@code sink}. */
    static Trace to(Consumer<String> sink) {
        return new Trace() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public void note(String line) {
                sink.accept(line);
            }
        };
    }
}
