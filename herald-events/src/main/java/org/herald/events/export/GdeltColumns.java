package org.herald.events.export;

import java.util.List;

/**
 * The 61 columns of a GDELT 2.0 event record, in order (GDELT 2.0 Event Database codebook). Herald fills the
 * ones it knows and leaves the rest empty:
 * <ul>
 *   <li>filled: GlobalEventID (a stable hash of article and event), Day, MonthYear, Year, FractionDate (only to
 *       the precision of the event's own date: a year-only date fills Year alone and leaves SQLDATE empty, see
 *       {@link GdeltWriter#dateColumns}),
 *       Actor1/2Code, Actor1/2Name, Actor1/2CountryCode (the code's first three letters when they are a
 *       country), Actor1/2Type1Code (the agent part, e.g. GOV), IsRootEvent (1 when the event is in the lead,
 *       {@link org.herald.model.Lead}), EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale, NumMentions,
 *       NumSources and NumArticles (the story's counts from a store,
 *       {@link StoryCounts}; 1 each for a document read alone), DATEADDED (the export time), SOURCEURL;</li>
 *   <li>ActionGeo_* from the event's place ({@link GeoColumns}): Type (1 country, 2 US state, 3 US city, 4 world
 *       city, 5 world region), FullName ("Kyiv, Ukraine"), CountryCode, ADM1Code, Lat, Long (a country's are its
 *       capital's), FeatureID; Actor1Geo_* and Actor2Geo_* at country level (type 1, the capital's coordinates) when
 *       the actor's code starts with a country. Unlike GDELT, country codes are ISO 3166 alpha-3 ("UKR"), not FIPS
 *       10-4 ("UP"): Herald ships no FIPS table, and three letters cannot be mistaken for a FIPS code. ADM1Code is
 *       that code plus GeoNames' admin1 code ("UKR12"), FeatureID the GeoNames id of a city (GDELT: GNS/GNIS ids)
 *       or the country code for a country;</li>
 *   <li>empty: known-group, ethnic and religion codes, Type2/Type3, AvgTone, every ADM2Code.</li>
 * </ul>
 */
final class GdeltColumns {
    private GdeltColumns() {}

    static final List<String> NAMES = List.of(
            "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    static int index(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no GDELT column " + name);
        return i;
    }
}
