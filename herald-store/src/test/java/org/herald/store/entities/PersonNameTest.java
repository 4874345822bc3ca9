package org.herald.store.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.store.EntityKeys;
import org.junit.jupiter.api.Test;

class PersonNameTest {
    private final EntityKeys keys = new EntityKeys();

    private PersonName name(String text) {
        return PersonName.parse(text, keys).orElseThrow();
    }

    @Test
    void givenNamesAndTheSurnameWithoutASuffix() {
        assertEquals(new PersonName(List.of("martin", "luther"), "king"), name("Martin Luther King Jr."));
        assertEquals(new PersonName(List.of("jean-luc"), "melenchon"), name("Jean-Luc Mélenchon"));
        assertEquals(new PersonName(List.of(), "trump"), name("Trump"));
        assertFalse(name("Trump").full());
        assertEquals(Optional.empty(), PersonName.parse(" ?! ", keys));
    }

    @Test
    void initialsAndMiddleNamesFitTheFullName() {
        assertTrue(PersonName.compatible(List.of("john"), List.of("john", "milo")));
        assertTrue(PersonName.compatible(List.of("j"), List.of("john", "milo")));
        assertTrue(PersonName.compatible(List.of("john", "m"), List.of("john", "milo")));
        assertTrue(PersonName.compatible(List.of(), List.of("donald")));
    }

    @Test
    void differentGivenNamesDoNot() {
        assertFalse(PersonName.compatible(List.of("ivanka"), List.of("donald")));
        assertFalse(PersonName.compatible(List.of("milo"), List.of("john", "milo"))); // the first names must agree
        assertFalse(PersonName.compatible(List.of("john", "smith"), List.of("john", "milo")));
    }
}
