package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GendersTest {
    private final Genders genders = Genders.load();

    @Test
    void firstNamesOfFullNamesAndPronouns() {
        assertEquals(Optional.of(Genders.Gender.FEMALE), genders.ofName("Annalena Baerbock"));
        assertEquals(Optional.of(Genders.Gender.MALE), genders.ofName("Sergei Lavrov"));
        assertEquals(Optional.empty(), genders.ofName("Wang Yi"));
        assertEquals(Optional.empty(), genders.ofName("Olaf")); // a lone word may be a surname
        assertEquals(Optional.of(Genders.Gender.FEMALE), Genders.ofPronoun("Her"));
        assertEquals(Optional.of(Genders.Gender.MALE), Genders.ofPronoun("his"));
    }
}
