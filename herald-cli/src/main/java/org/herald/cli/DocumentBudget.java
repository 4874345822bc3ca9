package org.herald.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * The time one document may take in a batch command ({@code --doc-timeout SECONDS}, default
 * {@value #DEFAULT_SECONDS}): a document over it fails as {@code timeout} and the batch goes on.
 */
final class DocumentBudget {
    static final int DEFAULT_SECONDS = 60;
    static final String OPTION = "doc-timeout";

    private DocumentBudget() {}

    static Duration read(Args a) {
        return Duration.ofSeconds(a.positiveInt(OPTION));
    }

    static Duration defaults() {
        return Duration.ofSeconds(DEFAULT_SECONDS);
    }

    static OrderedRunner runner(int threads, Duration budget) {
        return runner(threads, budget, new BudgetClock());
    }

    /** A runner whose budgets leave out the time {@code clock} stands still (the language models loading). */
    static OrderedRunner runner(int threads, Duration budget, BudgetClock clock) {
        return new OrderedRunner(threads, Optional.of(budget), clock);
    }

    /** The detail of a {@code timeout} failure. */
    static String detail(String source, Duration budget) {
        return source + ": took longer than " + budget.toSeconds() + " s (--doc-timeout); abandoned";
    }
}
