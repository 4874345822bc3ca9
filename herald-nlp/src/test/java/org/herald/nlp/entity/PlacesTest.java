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
}
