package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlacesTest {
    private final Places places = Places.load();

    @Test
    void countryNamesAndNewsVariantsGiveCodes() {
        assertEquals(Optional.of("RUS"), places.countryNamed("Russia"));
        assertEquals(Optional.of("USA"), places.countryNamed("U.S."));
        assertEquals(Optional.of("USA"), places.countryNamed("the US"));
        assertEquals(Optional.of("GBR"), places.countryNamed("Britain"));
        assertEquals(Optional.of("NLD"), places.countryNamed("the Netherlands"));
        assertEquals(Optional.of("TWN"), places.countryNamed("Taiwan"));
        assertEquals(Optional.empty(), places.countryNamed("us"));
        assertEquals(Optional.of("Germany"), places.countryName("DEU"));
        assertEquals(Optional.of("CHN"), places.city("BEIJING").map(Places.City::country)); // a dateline
        assertEquals(Optional.of("CHN"), places.countryNamed("PRC"));
    }

    @Test
    void demonymsAndCapitalsGiveCodes() {
        assertEquals(Optional.of("FRA"), places.countryOfDemonym("French"));
        assertEquals(Optional.of("KOR"), places.countryOfDemonym("South Korean"));
        assertEquals("UKR", places.city("Kiev").orElseThrow().country());
        assertTrue(places.city("Kyiv").orElseThrow().capital());
        assertEquals("CHE", places.city("Geneva").orElseThrow().country());
        assertTrue(!places.city("Geneva").orElseThrow().capital());
        assertTrue(places.longestName() >= 5); // "Democratic Republic of the Congo"
    }

    @Test
    void peopleNounsAreRegularPluralsOrListed() {
        assertEquals(Optional.of("RUS"), places.countryOfPeople("Russians"));
        assertEquals(Optional.of("ISR"), places.countryOfPeople("Israelis"));
        assertEquals(Optional.of("PSE"), places.countryOfPeople("Palestinians"));
        assertEquals(Optional.of("TUR"), places.countryOfPeople("Turks"));
        assertEquals(Optional.of("GBR"), places.countryOfPeople("Britons"));
        assertEquals(Optional.of("CHE"), places.countryOfPeople("Swiss"));
        assertEquals(Optional.of("CHN"), places.countryOfPeople("Chinese"));
        assertEquals(Optional.empty(), places.countryOfPeople("Turkishs"));
        assertEquals(Optional.empty(), places.countryOfPeople("Russian"), "a singular is no plural");
        assertEquals(Optional.empty(), places.countryOfPeople("Kurds"), "no state, no row");
    }

    @Test
    void historicStatesAndFormerNames() {
        assertEquals(Optional.of("USR"), places.countryNamed("Soviet Union"));
        assertEquals(Optional.of("USR"), places.countryNamed("USSR"));
        assertEquals(Optional.of("YUG"), places.countryNamed("Yugoslavia"));
        assertEquals(Optional.of("CSK"), places.countryNamed("Czechoslovakia"));
        assertEquals(Optional.of("DDR"), places.countryNamed("East Germany"));
        assertEquals(Optional.of("DEU"), places.countryNamed("West Germany"));
        assertEquals(Optional.of("COD"), places.countryNamed("Zaire"));
        assertEquals(Optional.of("MMR"), places.countryNamed("Burma"));
        assertEquals(Optional.of("USR"), places.countryOfDemonym("Soviet"));
        assertEquals(Optional.of("RUS"), places.countryNamed("Russia"), "successors keep their own codes");
    }
}
