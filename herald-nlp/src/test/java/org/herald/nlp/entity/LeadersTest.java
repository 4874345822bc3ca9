package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
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

    // #9: a listed surname after first names that all belong to the full name is that person, and no one else
    @Test
    void aShortenedFullNameFindsItsPerson() {
        assertEquals(Optional.of("President TUR"), office("Tayyip Erdogan"));
        assertEquals(Optional.empty(), office("Lena Scholz"));
        assertEquals(Optional.empty(), office("Hunter Biden"));
    }

    // Issue 4: the table's years are honoured when the article's date is known.
    @Test
    void aDateTakesTheOfficeHeldThatYear() {
        assertEquals(Optional.of("Prime Minister RUS"), office("Vladimir Putin", 2010));
        assertEquals(Optional.of("President RUS"), office("Putin", 2005));
        assertEquals(Optional.of("President RUS"), office("Medvedev", 2010));
        assertEquals(Optional.of("Vice President USA"), office("Biden", 2014));
        // A full name outside its listed terms gets no office, and no one else's: Biden was a senator in 2005.
        assertEquals(Optional.empty(), office("Joe Biden", 2005));
    }

    private Optional<String> office(String name, int year) {
        return leaders.find(name, Optional.of(LocalDate.of(year, 6, 1))).map(l -> l.title() + " " + l.code());
    }

    @Test
    void yearsAreKept() {
        Leaders.Leader bush = leaders.find("George W. Bush").orElseThrow();
        assertEquals(2001, bush.from());
        assertEquals(2009, bush.to().getAsInt());
        assertEquals(true, leaders.find("Sergei Lavrov").orElseThrow().to().isEmpty());
    }
}
