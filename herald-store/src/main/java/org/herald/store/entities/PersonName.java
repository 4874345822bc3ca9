package org.herald.store.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.herald.store.EntityKeys;

/**
 * A person's name as words normalised like keys ({@link EntityKeys#normalise}): the given names and the surname, the
 * last word once a generational suffix is dropped ("Martin Luther King Jr." → martin luther / king). Whitespace
 * separates words, so "Jean-Luc" and "O'Neill" stay one word each.
 */
record PersonName(List<String> given, String surname) {
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    PersonName {
        given = List.copyOf(given);
        Objects.requireNonNull(surname, "surname");
    }

    /** The name's words; empty when it has no word with a letter or digit. */
    static Optional<PersonName> parse(String name, EntityKeys keys) {
        List<String> words = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) continue;
            String n = keys.normalise(w);
            if (!n.equals("unnamed")) words.add(n);
        }
        while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        if (words.isEmpty()) return Optional.empty();
        return Optional.of(new PersonName(words.subList(0, words.size() - 1), words.get(words.size() - 1)));
    }

    /** True for a name with a given name or initial, not a surname alone ("Trump"). */
    boolean full() {
        return !given.isEmpty();
    }

    /**
     * True when both given-name lists can be one person's: either is empty ("Trump"), or the first words agree and
     * the shorter list's other words appear in order in the longer's ("John Ford", "John Milo Ford"). Words agree
     * when equal or when one is the other's initial ("J." and "John", "M." and "Milo"). Surnames are not compared.
     */
    static boolean compatible(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return true;
        if (!agree(a.get(0), b.get(0))) return false;
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        int at = 1;
        for (int i = 1; i < shorter.size(); i++) {
            while (at < longer.size() && !agree(shorter.get(i), longer.get(at))) at++;
            if (at == longer.size()) return false;
            at++;
        }
        return true;
    }

    private static boolean agree(String x, String y) {
        return x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
    }
}
