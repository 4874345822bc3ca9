package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadersTest {
    private final Leaders leaders = Leaders.load(Places.load());

    private Optional<String> office(String name) {
        return leaders.find(name).map(l -> l.title() + " " + l.code());
    }

    @Test
    void fullNameTakesItsMostRecentOffice() {
        assertEquals(Optional.of("President RUS"), office("Vladimir Putin"));
        assertEquals(Optional.of("Prime Minister RUS"), office("Dmitry Medvedev"));
        assertEquals(Optional.of("Foreign Minister CHN"), office("Wang Yi"));
    }

    @Test
    void surnameAloneTakesTheMostRecentHolderOfIt() {
        assertEquals(Optional.of("President RUS"), office("Putin"));
        assertEquals(Optional.of("President CHN"), office("Xi"));
        assertEquals(Optional.of("Secretary-General IGOWSTNAT"), office("Rutte"));
        assertEquals(Optional.of("President of the European Commission IGOEUREEC"), office("von der Leyen"));
    }

    @Test
    void commonSurnamesAndUnknownNamesFindNobody() {
        assertEquals(Optional.empty(), office("Johnson"));
        assertEquals(Optional.of("Prime Minister GBR"), office("Boris Johnson"));
        assertEquals(Optional.empty(), office("John Smith"));
        assertEquals(Optional.empty(), office("putin"));
    }

    @Test
    void yearsAreKept() {
        Leaders.Leader bush = leaders.find("George W. Bush").orElseThrow();
        assertEquals(2001, bush.from());
        assertEquals(2009, bush.to().getAsInt());
        assertEquals(true, leaders.find("Sergei Lavrov").orElseThrow().to().isEmpty());
    }
}
