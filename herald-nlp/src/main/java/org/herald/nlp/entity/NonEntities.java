package org.herald.nlp.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.herald.model.lexicon.Lexicon;

/**
 * Names the parser tags that stand for no entity of an article (#10): products ({@code products.tsv}: "Siri", "Retina
 * MacBook Pro"), adjectives of regions no country owns ({@code region-adjectives.tsv}: "Southeast Asian") and given
 * names that are no surname ({@code given-names.tsv}, {@code first-names.tsv}: "Andrew", "Mike"), which stand for a
 * person only through a full name earlier in the article. Immutable once loaded; thread-safe.
 */
final class NonEntities {
    // "Southeast Asian", "South-East Asian", "Central European", "Northern European": a compass word before a region.
    private static final Pattern COMPASS = Pattern.compile(
            "(?:(?:North|South)(?:-?[Ee]ast|-?[Ww]est)?|East|West|Central|Northern|Southern|Eastern|Western)[ -]");
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d[\\p{L}\\d]*");

    private final Set<String> products = new HashSet<>();
    private final Set<String> modelWords = new HashSet<>();
    private final Set<String> regions = new HashSet<>();
    private final Set<String> givenNames = new HashSet<>();
    private int longestProduct = 1;

    private NonEntities() {}

    static NonEntities load() {
        NonEntities n = new NonEntities();
        for (List<String> row : Lexicon.rows(NonEntities.class, "products.tsv", 2, 2)) {
            switch (row.get(0)) {
                case "product" -> {
                    n.products.add(row.get(1));
                    n.longestProduct = Math.max(n.longestProduct, row.get(1).split(" ").length);
                }
                case "model" -> n.modelWords.add(row.get(1));
                default -> throw new IllegalStateException("products.tsv: kind must be product or model: " + row);
            }
        }
        n.regions.addAll(Lexicon.words(NonEntities.class, "region-adjectives.tsv"));
        n.givenNames.addAll(Lexicon.words(NonEntities.class, "given-names.tsv"));
        for (List<String> row : Lexicon.rows(NonEntities.class, "first-names.tsv", 2, 2)) n.givenNames.add(row.get(0));
        return n;
    }

    /**
     * Whether a name is a product: a listed product, alone or with model words on either side ("Retina MacBook Pro",
     * "iPhone 15 Pro Max"). A person named like a product keeps other words: "Siri Hustvedt" is not one.
     */
    boolean product(String name) {
        String[] w = name.split("\\s+");
        int first = 0;
        int end = w.length;
        while (first < end && model(w[first])) first++;
        while (end > first && model(w[end - 1])) end--;
        return end > first && end - first <= longestProduct
                && products.contains(String.join(" ", List.of(w).subList(first, end)));
    }

    /**
     * Whether a name is an adjective of a region or continent: "Asian", "Southeast Asian", "Central European". A
     * country's demonym is never one; {@link Places} is asked first by the caller.
     */
    boolean regionAdjective(String name) {
        if (regions.contains(name)) return true;
        java.util.regex.Matcher m = COMPASS.matcher(name);
        return m.lookingAt() && regions.contains(name.substring(m.end()));
    }

    /** Whether one word is a given name that news text does not use alone as a surname: "Andrew", "Mike". */
    boolean givenName(String word) {
        return givenNames.contains(word);
    }

    private boolean model(String word) {
        return modelWords.contains(word) || MODEL_NUMBER.matcher(word).matches();
    }
}
