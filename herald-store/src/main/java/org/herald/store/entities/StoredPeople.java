package org.herald.store.entities;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The people a store holds under one surname, as {@link EntityResolver} asks for them: each {@link NameTerm} stored
 * with the number of article entities written with it. The Lucene store reads one run of its terms dictionary, the
 * OpenSearch store one terms aggregation; neither reads all entities.
 */
public interface StoredPeople {
    /** A stored name term and how many article entities carry it (a count, not a fact: deletions may lag). */
    record Named(NameTerm name, long articles) {
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /** The stored name terms of this surname (those {@link NameTerm#prefix} begins). */
    List<Named> withSurname(String surname) throws IOException;
}
