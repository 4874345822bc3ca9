package org.herald.nlp.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Countries by name, demonym, people noun and capital, from {@code countries.tsv}, {@code demonyms.tsv} and {@code capitals.tsv}.
 * Lookups are case-sensitive on the surface form ("Russia", "U.S.", "Kyiv"): lower-case "us" is a pronoun.
 * Immutable once loaded; thread-safe.
 */
public final class Places {
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern OWN_PLURAL = Pattern.compile("(s|sh|ch|ese|x|z)$");

    private final Map<String, String> countryByName = new HashMap<>();
    private final Map<String, String> nameByCode = new HashMap<>();
    private final Map<String, String> countryByDemonym = new HashMap<>();
    private final Map<String, String> countryByPeople = new HashMap<>();
    private final Map<String, City> cities = new HashMap<>();
    private int longestName = 1;

    /** A city from the table: its country and whether it is that country's capital. */
    public record City(String name, String country, boolean capital) {}

    private Places() {}

    /** Reads the three tables; a bad row or an unknown country code fails with the file and row. */
    public static Places load() {
        Places p = new Places();
        for (List<String> row : Lexicon.rows(Places.class, "countries.tsv", 3, 4)) {
            String code = p.checkCode("countries.tsv", row, row.get(0), false);
            p.nameByCode.put(code, row.get(2));
            p.addName(row.get(2), code);
            if (row.size() > 3 && !row.get(3).isEmpty()) {
                for (String variant : row.get(3).split("\\|")) p.addName(variant.strip(), code);
            }
        }
        for (List<String> row : Lexicon.rows(Places.class, "demonyms.tsv", 2, 3)) {
            String code = p.checkCode("demonyms.tsv", row, row.get(1), true);
            p.countryByDemonym.put(row.get(0), code);
            p.longestName = Math.max(p.longestName, words(row.get(0)));
            for (String plural : plurals(row)) p.countryByPeople.put(plural, code);
        }
        for (List<String> row : Lexicon.rows(Places.class, "capitals.tsv", 3, 3)) {
            String code = p.checkCode("capitals.tsv", row, row.get(1), true);
            if (!row.get(2).equals("capital") && !row.get(2).equals("city")) {
                throw new IllegalStateException("capitals.tsv: kind must be capital or city in row " + row);
            }
            p.cities.put(row.get(0), new City(row.get(0), code, row.get(2).equals("capital")));
            p.longestName = Math.max(p.longestName, words(row.get(0)));
        }
        return p;
    }

    /** The alpha-3 code of a country name or variant: "Russia", "the US" (without "the"), "U.S.", "Britain". */
    public Optional<String> countryNamed(String name) {
        return lookUp(countryByName, strip(name));
    }

    /** The alpha-3 code of a demonym or adjective: "Russian" → RUS. */
    public Optional<String> countryOfDemonym(String word) {
        return lookUp(countryByDemonym, word);
    }

    /**
     * The alpha-3 code of a plural noun for a country's people: "Russians", "Israelis" → RUS, ISR; "Turks", "Swiss" →
     * TUR, CHE. Plain plurals come from the demonym; the table lists the others.
     */
    public Optional<String> countryOfPeople(String word) {
        return lookUp(countryByPeople, word);
    }

    /** A capital or other listed city: "Kyiv", "Kiev" → UKR, capital. */
    public Optional<City> city(String name) {
        return lookUp(cities, name);
    }

    /** The English short name of a code: "RUS" → "Russia". */
    public Optional<String> countryName(String alpha3) {
        return Optional.ofNullable(nameByCode.get(alpha3));
    }

    /** The country a CAMEO actor code starts with: RUSGOV → RUS, RUS → RUS; empty for IGOUNO, GOV or "". */
    public Optional<String> countryOfCode(String actorCode) {
        if (actorCode.length() < 3) return Optional.empty();
        String alpha3 = actorCode.substring(0, 3);
        return nameByCode.containsKey(alpha3) ? Optional.of(alpha3) : Optional.empty();
    }

    /** The most words any name in the tables has, to bound look-ups over token runs. */
    public int longestName() {
        return longestName;
    }

    // Datelines are in capitals: "BEIJING —", "NEW YORK (Reuters) -". Short capitals stay as written: "US", "UK".
    private static <T> Optional<T> lookUp(Map<String, T> table, String name) {
        T exact = table.get(name);
        if (exact != null || name.length() <= 3 || !name.equals(name.toUpperCase(Locale.ROOT))) {
            return Optional.ofNullable(exact);
        }
        StringBuilder sb = new StringBuilder();
        boolean up = true;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(up ? Character.toUpperCase(c) : c);
            up = c == ' ' || c == '-';
        }
        return Optional.ofNullable(table.get(sb.toString()));
    }

    // "Russian" → "Russians"; "Swiss", "French", "Chinese" are their own plural; a third column overrides: "Turks".
    private static List<String> plurals(List<String> row) {
        String word = row.get(0);
        if (row.size() > 2 && !row.get(2).isEmpty()) {
            return row.get(2).equals("-") ? List.of() : List.of(row.get(2).split("\\|"));
        }
        return OWN_PLURAL.matcher(word).find() ? List.of(word) : List.of(word + "s");
    }

    private void addName(String name, String code) {
        countryByName.put(strip(name), code);
        longestName = Math.max(longestName, words(name));
    }

    private String checkCode(String file, List<String> row, String code, boolean mustExist) {
        if (!ALPHA3.matcher(code).matches() || (mustExist && !nameByCode.containsKey(code))) {
            throw new IllegalStateException(file + ": bad or unknown alpha-3 code '" + code + "' in row " + row);
        }
        return code;
    }

    // "The Bahamas" and "the Bahamas" are one name; the article itself is not part of the mention.
    private static String strip(String name) {
        return name.startsWith("The ") || name.startsWith("the ") ? name.substring(4) : name;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }
}
