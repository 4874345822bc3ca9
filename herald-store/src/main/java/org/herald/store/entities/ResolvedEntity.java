package org.herald.store.entities;

import java.util.Objects;
import java.util.Optional;

/**
 * Which store entity an article's entity is ({@link EntityResolver}).
 *
 * @param key     the store id: {@code country:united-states}, {@code organization:nga-senate},
 *                {@code person:donald-trump}
 * @param type    the type part of the id ({@code country})
 * @param name    the name this article gives the store entity: the country's common name for a country, else the
 *                article's name for it
 * @param country the country to count for it, when the article's entity gives none but the key does
 * @param person  for a person, the name term later articles find it by
 */
public record ResolvedEntity(String key, String type, String name, Optional<String> country,
                             Optional<NameTerm> person) {
    public ResolvedEntity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(person, "person");
    }
}
