package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;

/** Where an event happened: the place named in the text and its country (ISO 3166 alpha-3) when known. */
public record Place(String name, Optional<String> country) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
    }
}
