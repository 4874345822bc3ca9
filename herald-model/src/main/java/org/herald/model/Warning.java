package org.herald.model;

import java.util.Objects;

/** Something a stage could not do fully, recorded instead of failing the document. */
public record Warning(String code, String message) {
    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
