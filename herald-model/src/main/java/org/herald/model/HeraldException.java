package org.herald.model;

import java.util.Objects;

/**
 * Thrown by one-document conveniences (such as {@code Analyzer.analyze(Article)}) when the document cannot be
 * processed; batch entry points return an {@link Outcome.Failed} with the same reason instead.
 */
public final class HeraldException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public HeraldException(Reason reason, String detail) {
        super(reason.kind() + ": " + Objects.requireNonNull(detail, "detail"));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
