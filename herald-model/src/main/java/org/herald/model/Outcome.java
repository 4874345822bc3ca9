package org.herald.model;

import java.util.List;
import java.util.Objects;

/**
 * The result of running a stage on one document: a value with any warnings, or a failure with its reason.
 * Batch entry points return one outcome per document so that a bad page never stops the batch.
 */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

    /** The document's source as given by the caller (path, URL or id). */
    String source();

    record Ok<T>(String source, T value, List<Warning> warnings) implements Outcome<T> {
        public Ok {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(value, "value");
            warnings = List.copyOf(warnings);
        }
    }

    record Failed<T>(String source, Reason reason, String detail) implements Outcome<T> {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    static <T> Outcome<T> ok(String source, T value, List<Warning> warnings) {
        return new Ok<>(source, value, warnings);
    }

    static <T> Outcome<T> failed(String source, Reason reason, String detail) {
        return new Failed<>(source, reason, detail);
    }
}
