package org.herald.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gold countries of people from the Phoenix country actor dictionary ({@code
 * ../shared/eval/events/phoenix-dictionaries/Phoenix.Countries.actors.txt}, read in place; MIT, Open Event Data
 * Alliance; built from CountryInfo.140130 by Schrodt et al., not by Herald): each entry's names and synonyms ("HILLARY_
 * CLINTON_", "+HILLARY_RODHAM_CLINTON") and the countries its codes start with ("[USAELI 650101-000101]" → USA).
 * Names of one word and names listed under several countries are left out: they do not tell a person's country.
 */
final class PhoenixPeople {
    static final String FILE = "events/phoenix-dictionaries/Phoenix.Countries.actors.txt";
    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3})[A-Z]*\\b");
    // Titles written into synonyms ("+SECRETARY_OF_STATE_HILLARY_CLINTON"): such names are not how an entity is named.
    private static final Set<String> TITLE_WORDS = Set.of("PRESIDENT", "SECRETARY", "MINISTER", "SENATOR", "MR", "MRS",
            "MS", "DR", "GENERAL", "PRIME", "KING", "QUEEN", "VICE", "VICE-PRESIDENT", "GOVERNOR", "AMBASSADOR");

    private final Map<String, Set<String>> countriesByName = new HashMap<>();

    private PhoenixPeople() {}

    static PhoenixPeople read(Path file) {
        PhoenixPeople p = new PhoenixPeople();
        List<String> names = new ArrayList<>();
        Set<String> codes = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("#") || line.isBlank()) continue;
                if (Character.isWhitespace(line.charAt(0))) {
                    Matcher m = CODE.matcher(line);
                    while (m.find()) codes.add(m.group(1));
                    continue;
                }
                if (!line.startsWith("+")) {
                    p.add(names, codes);
                    names = new ArrayList<>();
                    codes = new TreeSet<>();
                }
                names.add(normal(line.replaceFirst("^\\+", "").replaceFirst("#.*$", "")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        p.add(names, codes);
        p.countriesByName.values().removeIf(c -> c.size() != 1);
        return p;
    }

    private void add(List<String> names, Set<String> codes) {
        // IGO, NGO, MNC … codes are organisations' and do not start with a country.
        codes.removeIf(c -> c.equals("IGO") || c.equals("NGO") || c.equals("MNC") || c.equals("---"));
        if (codes.isEmpty()) return;
        for (String n : names) {
            String[] words = n.split(" ");
            if (words.length < 2 || TITLE_WORDS.contains(words[0])) continue;
            countriesByName.computeIfAbsent(n, k -> new TreeSet<>()).addAll(codes);
        }
    }

    /** The one country the dictionary gives a person's name as written in text ("Hillary Clinton" → USA). */
    Optional<String> country(String name) {
        Set<String> c = countriesByName.get(normal(name));
        return c == null ? Optional.empty() : Optional.of(c.iterator().next());
    }

    int size() {
        return countriesByName.size();
    }

    // "HILLARY_RODHAM_CLINTON_", "Hillary Rodham Clinton" → "HILLARY RODHAM CLINTON"; periods go: "MR._OBAMA".
    static String normal(String name) {
        return name.toUpperCase(Locale.ROOT).replace('_', ' ').replace(".", "").trim().replaceAll("\\s+", " ");
    }
}
