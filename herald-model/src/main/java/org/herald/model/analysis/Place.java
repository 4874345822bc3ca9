package org.herald.model.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event happened: the place named in the text and, when a gazetteer knew it, where it is.
 *
 * @param name the name as the text gives it ("Kyiv")
 * @param country ISO 3166-1 alpha-3 code ("UKR") when known
 * @param kind whether the place is a country, a first-level region or a populated place
 * @param admin1 the GeoNames first-level administrative code within the country ("12"), when known
 * @param point latitude and longitude (a country's are its capital's), when known
 * @param geonamesId the GeoNames id of the place (of the capital, for a country), when known
 */
public record Place(String name, Optional<String> country, Kind kind, Optional<String> admin1, Optional<Point> point,
                    Optional<Integer> geonamesId) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(geonamesId, "geonamesId");
    }

    /** A place known by name and perhaps country only, not found in a gazetteer. */
    public Place(String name, Optional<String> country) {
        this(name, country, Kind.UNKNOWN, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** What sort of place it is; GDELT's geo types 1 (country), 5 (region) and 4 (city) follow from it. */
    public enum Kind { COUNTRY, REGION, POPULATED_PLACE, UNKNOWN }

    /** WGS84 degrees. */
    public record Point(double latitude, double longitude) {
        public Point {
            if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("not a point on Earth: " + latitude + ", " + longitude);
            }
        }
    }
}
