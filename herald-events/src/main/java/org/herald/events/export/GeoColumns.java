package org.herald.events.export;

import static org.herald.events.export.GdeltWriter.clean;
import static org.herald.events.export.GdeltWriter.set;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import org.herald.geo.Gazetteer;
import org.herald.geo.GeoPlace;
import org.herald.nlp.entity.Places;

/**
 * GDELT's ActionGeo and Actor Geo columns (Type, FullName, CountryCode, ADM1Code, Lat, Long, FeatureID) from an
 * event's {@code location} and its actors' country codes. Where Herald departs from GDELT it says so in
 * {@link GdeltColumns}: country codes are ISO 3166 alpha-3, not FIPS 10-4 (no FIPS table ships with Herald),
 * ADM1 is that code plus GeoNames' admin1 code, and FeatureID is the GeoNames id (GDELT: GNS/GNIS ids).
 */
final class GeoColumns {
    private final Places places;
    private final Gazetteer gazetteer;

    GeoColumns(Places places, Gazetteer gazetteer) {
        this.places = places;
        this.gazetteer = gazetteer;
    }

    /** The event's own place, as the coder found it. */
    void action(String[] cells, JsonNode location) {
        if (!location.isObject()) return;
        String name = GeoColumns.text(location.path("name"));
        Optional<String> country = text(location, "country");
        String kind = location.path("kind").asText("unknown");
        boolean isCountry = kind.equals("country") || kind.equals("unknown") && places.countryNamed(name).isPresent();
        String prefix = "ActionGeo";
        set(cells, prefix + "_Type", type(kind, isCountry, country));
        set(cells, prefix + "_FullName", clean(fullName(name, isCountry, country)));
        country.ifPresent(c -> set(cells, prefix + "_CountryCode", c));
        text(location, "admin1").ifPresent(a -> set(cells, prefix + "_ADM1Code", country.orElse("") + a));
        if (location.path("lat").isNumber() && location.path("lon").isNumber()) {
            set(cells, prefix + "_Lat", coordinate(location.path("lat").asDouble()));
            set(cells, prefix + "_Long", coordinate(location.path("lon").asDouble()));
        }
        if (isCountry) {
            country.ifPresent(c -> set(cells, prefix + "_FeatureID", c));
        } else if (location.path("geonames_id").isNumber()) {
            set(cells, prefix + "_FeatureID", Long.toString(location.path("geonames_id").asLong()));
        }
    }

    /**
     * An actor whose code starts with a country ("RUSGOV") is placed, as GDELT does when it knows no closer place,
     * in its country: type 1, the country's name, its capital's coordinates. Groups ("NATO") get nothing.
     */
    void actor(String[] cells, String prefix, JsonNode actor) {
        if (!actor.isObject()) return;
        String code = GeoColumns.text(actor.path("code"));
        if (code.length() < 3) return;
        String country = code.substring(0, 3);
        Optional<String> name = places.countryName(country);
        if (name.isEmpty()) return;
        set(cells, prefix + "_Type", "1");
        set(cells, prefix + "_FullName", clean(name.get()));
        set(cells, prefix + "_CountryCode", country);
        set(cells, prefix + "_FeatureID", country);
        Optional<GeoPlace> capital = gazetteer.capitalOf(country);
        capital.ifPresent(c -> {
            set(cells, prefix + "_Lat", coordinate(c.latitude()));
            set(cells, prefix + "_Long", coordinate(c.longitude()));
        });
    }

    // GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
    private static String type(String kind, boolean isCountry, Optional<String> country) {
        boolean us = country.filter("USA"::equals).isPresent();
        if (isCountry) return "1";
        if (kind.equals("region")) return us ? "2" : "5";
        return us ? "3" : "4";
    }

    // GDELT writes "Kyiv, Kyyiv, Misto, Ukraine"; Herald has no admin names, so "Kyiv, Ukraine".
    private String fullName(String name, boolean isCountry, Optional<String> country) {
        if (isCountry) return name;
        return country.flatMap(places::countryName).map(c -> name + ", " + c).orElse(name);
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }

    private static Optional<String> text(JsonNode o, String field) {
        JsonNode v = o.path(field);
        return v.isTextual() && !v.asText().isEmpty() ? Optional.of(v.asText()) : Optional.empty();
    }

    /**
     * A field's text, or "" when it is missing or JSON null: {@code asText()} writes a JSON null as the word
     * "null", which must never reach a GDELT column.
     */
    static String text(JsonNode node) {
        return node.isTextual() || node.isNumber() ? node.asText() : "";
    }
}
