package org.herald.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.herald.model.Evidence;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Place;
import org.junit.jupiter.api.Test;

class EventJsonTest {
    // Sample text written for Herald.
    private static final String BODY = "Scholz warned Russia in Kyiv in 1967.";

    private static ObjectNode json(Optional<Place> place, Optional<String> date) {
        Event e = new Event(new Actor("Scholz", "DEUGOV", Optional.empty()),
                Optional.of(new Actor("Russia", "RUS", Optional.empty())), "130", "THREATEN", Optional.empty(), -4.4,
                3, EventMode.ASSERTED, date, place, new Span(0, BODY.length()), new Span(0, 20), "warned",
                new Evidence("events", "svo"), 0.58);
        ObjectNode o = new ObjectMapper().createObjectNode();
        EventJson.write(o, e, BODY);
        return o;
    }

    @Test
    void theLocationCarriesCountryKindAdminCoordinatesAndGeoNamesId() {
        Place kyiv = new Place("Kyiv", Optional.of("UKR"), Place.Kind.POPULATED_PLACE, Optional.of("12"),
                Optional.of(new Place.Point(50.45466, 30.5238)), Optional.of(703448));
        ObjectNode l = (ObjectNode) json(Optional.of(kyiv), Optional.of("1967")).get("location");
        assertEquals("Kyiv", l.get("name").asText());
        assertEquals("UKR", l.get("country").asText());
        assertEquals("populated_place", l.get("kind").asText());
        assertEquals("12", l.get("admin1").asText());
        assertEquals(50.45466, l.get("lat").asDouble(), 1e-9);
        assertEquals(30.5238, l.get("lon").asDouble(), 1e-9);
        assertEquals(703448, l.get("geonames_id").asInt());
    }

    @Test
    void aPlaceKnownByNameOnlyHasNullsAndAnUndatedEventANullDate() {
        ObjectNode o = json(Optional.of(new Place("the Donbas", Optional.empty())), Optional.empty());
        ObjectNode l = (ObjectNode) o.get("location");
        assertEquals("unknown", l.get("kind").asText());
        assertTrue(l.get("country").isNull());
        assertTrue(l.get("lat").isNull());
        assertTrue(l.get("geonames_id").isNull());
        assertTrue(o.get("date").isNull());
        assertTrue(json(Optional.empty(), Optional.empty()).get("location").isNull());
    }
}
