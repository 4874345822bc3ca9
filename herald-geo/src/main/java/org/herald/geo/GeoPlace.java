package org.herald.geo;

import java.util.Objects;

/**
 * One populated place of the gazetteer.
 *
 * @param geonameId GeoNames id (https://www.geonames.org/{id})
 * @param name the GeoNames name ("Kyiv")
 * @param country ISO 3166-1 alpha-3 code ("UKR")
 * @param admin1 the GeoNames first-level administrative code within the country ("12"), empty when unknown
 * @param featureCode GeoNames feature code: PPLC a capital, PPLA a first-order seat, PPL a populated place …
 * @param population inhabitants as GeoNames gives them (1,000 or more)
 */
public record GeoPlace(int geonameId, String name, String country, String admin1, String featureCode, int population,
                       double latitude, double longitude) {
    public GeoPlace {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(admin1, "admin1");
        Objects.requireNonNull(featureCode, "featureCode");
    }

    /** Whether GeoNames marks it as its country's capital (feature code PPLC). */
    public boolean capital() {
        return featureCode.equals("PPLC");
    }
}
