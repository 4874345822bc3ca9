package org.herald.store.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stored person a new mention of the same surname may be: its store id, every list of given names it was stored
 * with ("Donald", "Donald J."), the countries articles gave it and its number of articles.
 */
final class PersonCandidate {
    final String key;
    final List<List<String>> given = new ArrayList<>();
    final Set<String> countries = new TreeSet<>();
    long articles;

    PersonCandidate(String key) {
        this.key = key;
    }

    void add(NameTerm t, long articleCount) {
        if (!given.contains(t.given())) given.add(t.given());
        if (!t.country().isEmpty()) countries.add(t.country());
        articles += articleCount;
    }

    /** True once some article named it with a given name or initial: a surname alone is no one to join. */
    boolean full() {
        return given.stream().anyMatch(g -> !g.isEmpty());
    }

    /** True when these given names fit every form it was stored with. */
    boolean fits(List<String> names) {
        return given.stream().allMatch(g -> PersonName.compatible(g, names));
    }

    /** True when both sides know a country and they differ. */
    boolean conflicts(Optional<String> country) {
        return country.isPresent() && !countries.isEmpty() && !countries.contains(country.get());
    }

    /** True when the two could be one person: every pair of their name forms fits and no country conflicts. */
    boolean sameAs(PersonCandidate other) {
        boolean countriesAgree = countries.isEmpty() || other.countries.isEmpty()
                || other.countries.stream().anyMatch(countries::contains);
        return countriesAgree && other.given.stream().allMatch(this::fits);
    }
}
