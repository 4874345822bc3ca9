package org.herald.events.coding;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.herald.events.actor.DictionaryActorCoder;
import org.herald.geo.Gazetteer;
import org.herald.geo.GeoPlace;
import org.herald.model.analysis.Place;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.entity.Places;

/**
 * Turns a place name from the text into a {@link Place} with country, admin region and coordinates: a country name
 * ("Ukraine", "the US") is the country, placed at its capital; a name tied to a country ("Paris, Texas") is that
 * country's most populous place of the name; a capital in Herald's capitals table ("Washington", "Kiev") is that
 * capital; a name tied to a country by the text or by Herald's cities table never becomes another country's homonym
 * (GeoNames' near spelling within the country, else the country alone); any other name is the gazetteer's most
 * populous place of that name in one of the article's countries, else the most populous of all. Unknown names give
 * empty.
 */
final class PlaceResolver {
    private final Gazetteer gazetteer;
    private final Places places;

    PlaceResolver(Gazetteer gazetteer, Places places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    private static final String USA = "USA";
    /** The states of the United States (actor/us-states.tsv, US Census Bureau list). */
    private static final Set<String> US_STATES =
            Set.copyOf(Lexicon.words(DictionaryActorCoder.class, "us-states.tsv"));

    /** The population a place needs to be taken from the gazetteer when it lies in no country the text names. */
    static final int UNNAMED_COUNTRY_MIN_POPULATION = 100_000;

    /**
     * @param name the place as written ("Kyiv", "KYIV", "Paris")
     * @param own the country the text ties this name to, if any ("Paris, Texas" or an entity's country)
     * @param context countries the article is about, most relevant first
     */
    Optional<Place> resolve(String name, Optional<String> own, Collection<String> context) {
        String clean = name.strip();
        if (clean.isEmpty()) return Optional.empty();
        Optional<String> country = places.countryNamed(clean).or(() -> places.countryNamed(titleCase(clean)));
        if (country.isPresent()) {
            Optional<GeoPlace> capital = gazetteer.capitalOf(country.get());
            String shown = shouted(clean) && clean.length() > 3 ? titleCase(clean) : clean;
            return Optional.of(new Place(shown, country, Place.Kind.COUNTRY, Optional.empty(),
                    capital.map(c -> new Place.Point(c.latitude(), c.longitude())), Optional.empty()));
        }
        // A capital's name in the news is the capital: "WASHINGTON (AP) —" is not Washington, Tyne and Wear (the largest
        // Washington in GeoNames) nor Washington, Utah, and "Kiev", not GeoNames' spelling, is still Ukraine's capital.
        // "Paris, Texas" ties the name to another country and is left to the gazetteer.
        Optional<Places.City> listed = places.city(clean).or(() -> places.city(titleCase(clean)));
        Optional<GeoPlace> found = listed.filter(Places.City::capital)
                .filter(c -> own.isEmpty() || own.get().equals(c.country()))
                .flatMap(c -> gazetteer.capitalOf(c.country()));
        // Herald's own cities table ties a well-known name to its country when the text does not: a bare "GENEVA"
        // dateline is Switzerland's, whatever the gazetteer's homonyms.
        // A US state's name ("the youth of Montana") is the USA's, never a homonym abroad (Montana, Bulgaria).
        boolean usState = US_STATES.contains(clean) || US_STATES.contains(titleCase(clean));
        Optional<String> tied = own.or(() -> listed.map(Places.City::country))
                .or(() -> usState ? Optional.of(USA) : Optional.empty());
        if (found.isEmpty() && tied.isPresent()) {
            // A state is its large namesake city only ("New York"), not a small one ("California", Maryland).
            found = gazetteer.resolve(clean, List.of(tied.get())).filter(p -> p.country().equals(tied.get()))
                    .filter(p -> !usState || p.population() >= UNNAMED_COUNTRY_MIN_POPULATION)
                    .or(() -> usState ? Optional.empty() : gazetteer.nearSpelling(clean, tied.get()));
            // The text says which country; another country's homonym ("Geneva", Illinois, for the Swiss city
            // GeoNames calls Genève) would be a confident wrong answer. The country alone is the honest one.
            if (found.isEmpty()) {
                return Optional.of(new Place(clean, tied, usState ? Place.Kind.REGION : Place.Kind.POPULATED_PLACE,
                        Optional.empty(), Optional.empty(), Optional.empty()));
            }
        }
        // A homonym in none of the countries the text names is a guess, safe only for a large city: "in Scotland" in
        // a British story is not Scotland, Pennsylvania (GeoNames has no populated place of that name in the UK).
        if (found.isEmpty()) {
            found = gazetteer.resolve(clean, context)
                    .filter(p -> context.contains(p.country()) || p.population() >= UNNAMED_COUNTRY_MIN_POPULATION);
        }
        // A dateline's "KYIV" is shown as GeoNames writes it.
        String shown = shouted(clean) ? found.map(GeoPlace::name).orElse(clean) : clean;
        return found.map(p -> new Place(shown, Optional.of(p.country()), Place.Kind.POPULATED_PLACE,
                Optional.of(p.admin1()).filter(a -> !a.isEmpty()), Optional.of(new Place.Point(p.latitude(),
                p.longitude())), Optional.of(p.geonameId())));
    }

    /** The country a name denotes, if it is a country name ("Ukraine", "UKRAINE"). */
    Optional<String> country(String name) {
        return places.countryNamed(name).or(() -> places.countryNamed(titleCase(name)));
    }

    // Datelines are in capitals ("KYIV", "NEW YORK"); Herald's tables are in the text's usual case ("Kyiv").
    private static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static boolean shouted(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }
}
