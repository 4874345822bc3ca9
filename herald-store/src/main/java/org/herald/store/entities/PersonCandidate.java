package org.herald.store.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stored person a new mention of the same surname may be: its store id, every list of given names it was stored
 * with ("Donald", "Donald J."), the countries articles gave it, the roles articles that named it in full gave it
 * ("senator") and its number of articles.
 */
final class PersonCandidate {
    final String key;
    final List<List<String>> given = new ArrayList<>();
    final Set<String> countries = new TreeSet<>();
    /**
     * Only from full names: a surname-only mention joined to this person brought its role on a join's word, and the
     * join must be judged again on what the full names say (#12), not on what earlier joins added.
     */
    final Set<String> roles = new TreeSet<>();
    long articles;

    PersonCandidate(String key) {
        this.key = key;
    }

    void add(NameTerm t, long articleCount) {
        if (!given.contains(t.given())) given.add(t.given());
        if (!t.country().isEmpty()) countries.add(t.country());
        if (!t.role().isEmpty() && !t.given().isEmpty()) roles.add(t.role());
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

    /**
     * True when the role and this person's roles all have a field ({@link RoleFields}) and none is the role's:
     * "senator" against a person stored only as "coach". A role or a stored role of no known field is no evidence.
     */
    boolean roleConflicts(String role, RoleFields fields) {
        Optional<String> field = fields.fieldOf(role);
        if (field.isEmpty() || roles.isEmpty() || roles.contains(role)) return false;
        for (String r : roles) {
            Optional<String> other = fields.fieldOf(r);
            if (other.isEmpty() || other.equals(field)) return false;
        }
        return true;
    }

    /** True when some full-name article gave it this very role. */
    boolean hasRole(String role) {
        return !role.isEmpty() && roles.contains(role);
    }

    /** True when some role of it lies in the role's field. */
    boolean sharesField(String role, RoleFields fields) {
        Optional<String> field = fields.fieldOf(role);
        return field.isPresent() && roles.stream().anyMatch(r -> fields.fieldOf(r).equals(field));
    }

    /** True when the two could be one person: every pair of their name forms fits and no country conflicts. */
    boolean sameAs(PersonCandidate other) {
        boolean countriesAgree = countries.isEmpty() || other.countries.isEmpty()
                || other.countries.stream().anyMatch(countries::contains);
        return countriesAgree && other.given.stream().allMatch(this::fits);
    }
}
