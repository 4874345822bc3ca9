package org.herald.events.coding;

/** Where the coder says what it considered and why it did or did not emit an event; for {@link Explainer}. */
@FunctionalInterface
interface Trace {
    Trace NONE = line -> { };

    void note(String line);
}
