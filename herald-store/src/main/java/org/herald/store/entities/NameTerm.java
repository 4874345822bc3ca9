package org.herald.store.entities;

import java.util.List;
import java.util.Objects;

/**
 * A person's name as one entity document of the store files it (an indexed keyword of its own), so that a later
 * article finds the people of a surname through the terms dictionary ({@link StoredPeople}): surname, store id, the
 * given names this article used, the country it gave and the role or title it gave, normalised ("senator"; "" when
 * none), joined by a separator no name holds. The surname comes first, so the people of one surname are one run of
 * terms. A term written before roles were stored (#12) has four parts and reads back with no role.
 */
public record NameTerm(String surname, String key, List<String> given, String country, String role) {
    private static final char SEPARATOR = '\u001f';

    public NameTerm {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(key, "key");
        given = List.copyOf(given);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(role, "role");
    }

    public String term() {
        return surname + SEPARATOR + key + SEPARATOR + String.join(" ", given) + SEPARATOR + country + SEPARATOR + role;
    }

    /** Where the terms of a surname begin. */
    public static String prefix(String surname) {
        return surname + SEPARATOR;
    }

    /** The term read back; throws {@link IllegalArgumentException} for a term not written by {@link #term()}. */
    public static NameTerm parse(String term) {
        String[] parts = term.split(String.valueOf(SEPARATOR), -1);
        if (parts.length != 4 && parts.length != 5) {
            throw new IllegalArgumentException("not a person name term: " + term);
        }
        List<String> given = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(" "));
        return new NameTerm(parts[0], parts[1], given, parts[3], parts.length == 5 ? parts[4] : "");
    }
}
