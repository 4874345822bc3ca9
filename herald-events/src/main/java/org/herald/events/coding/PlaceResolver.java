package org.herald.events.coding;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.herald.geo.Gazetteer;
import org.herald.geo.GeoPlace;
import org.herald.model.analysis.Place;
import org.herald.nlp.entity.Places;

/**
 * Turns a place name from the text into a {@link Place} with country, admin region and coordinates: a country name
 * ("Ukraine", "the US") is the country, placed at its capital; any other name is the gazetteer's populated place of
 * that name, the most populous in a context country (the name's own, then the article's), else the most populous
 * of all; a name only Herald's capitals table knows ("Kiev") is its country's capital. Unknown names give empty.
 */
final class PlaceResolver {
    private final Gazetteer gazetteer;
    private final Places places;

    PlaceResolver(Gazetteer gazetteer, Places places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

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
        Optional<GeoPlace> found = own.isPresent()
                ? gazetteer.resolve(clean, List.of(own.get())).filter(p -> p.country().equals(own.get()))
                : Optional.empty();
        if (found.isEmpty()) found = gazetteer.resolve(clean, context);
        if (found.isEmpty() || own.isPresent() && !found.get().country().equals(own.get())) {
            // "Kiev": not GeoNames' spelling, but Herald's capitals table knows it as Ukraine's capital.
            Optional<GeoPlace> capital = places.city(clean).or(() -> places.city(titleCase(clean)))
                    .filter(Places.City::capital).flatMap(c -> gazetteer.capitalOf(c.country()));
            if (capital.isPresent()) found = capital;
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
