package org.herald.store;

import java.util.Objects;
import java.util.Optional;

/**
 * An entity across articles. Its id is stable across ingests and safe in a URL path: the entity type and a
 * normalised name ({@code person:sergei-lavrov}), so the same person found in two articles is one entity.
 */
public record EntitySummary(String id, String name, String type, Optional<String> country, long mentions,
                            long articles) {
    public EntitySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
    }
}
