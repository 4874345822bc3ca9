package org.herald.store.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins that arrive after the surname (#12): "Lavrov" stored before any article names "Sergei Lavrov" was its own
 * person, since a surname alone is no one to join ({@link EntityResolver}). Once a fuller name of that surname is
 * stored, the surname-only person is asked again, by the resolver's own rule ({@link EntityResolver#choose}): when
 * it would now join one full name, its articles are put again and their entities resolve to it. Two different
 * people of the surname ("Donald Trump" and "Ivanka Trump"), or a full name of another country, leave it apart.
 *
 * <p>The store notes the surnames of the full names it is put ({@link #noteFullNames}) and, when its writes become
 * visible (a refresh or a commit), asks {@link #joinable} of each and puts the articles of the answer again. Asking
 * when the writes are visible, not per put, makes a batch's result independent of its order: "Trump", then "Donald
 * Trump" and "Ivanka Trump" in one batch leave "Trump" apart, as the other order does. Safe from several threads.
 */
public final class SurnameJoins {
    private final Set<String> surnames = new LinkedHashSet<>();

    /** Notes the surnames of the article's full names (a given name or initial and a surname). */
    public synchronized void noteFullNames(Collection<ResolvedEntity> resolved) {
        for (ResolvedEntity r : resolved) {
            r.person().filter(t -> !t.given().isEmpty()).ifPresent(t -> surnames.add(t.surname()));
        }
    }

    /** Notes a surname to ask again: for re-running the joins over a whole store. */
    public synchronized void note(String surname) {
        surnames.add(surname);
    }

    /** The surnames noted since the last call, which forgets them. */
    public synchronized Set<String> drain() {
        Set<String> out = new LinkedHashSet<>(surnames);
        surnames.clear();
        return out;
    }

    /**
     * The store ids of the surname-only people of this surname that now join a stored full name: for each country
     * their articles gave them (or none), {@link EntityResolver#choose} picks one full name. {@code people} must show
     * every write so far (the store refreshed).
     */
    public static List<String> joinable(StoredPeople people, String surname) throws IOException {
        Map<String, PersonCandidate> candidates = new LinkedHashMap<>();
        Map<String, Set<Optional<String>>> surnameOnly = new LinkedHashMap<>();
        for (StoredPeople.Named n : people.withSurname(surname)) {
            NameTerm t = n.name();
            candidates.computeIfAbsent(t.key(), PersonCandidate::new).add(t, n.articles());
            if (t.given().isEmpty()) {
                Optional<String> country = t.country().isEmpty() ? Optional.empty() : Optional.of(t.country());
                surnameOnly.computeIfAbsent(t.key(), k -> new LinkedHashSet<>()).add(country);
            }
        }
        PersonName bare = new PersonName(List.of(), surname);
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Set<Optional<String>>> e : surnameOnly.entrySet()) {
            // A key that some article named with a given name is already a full person: nothing to join.
            if (candidates.get(e.getKey()).full()) continue;
            for (Optional<String> country : e.getValue()) {
                if (EntityResolver.choose(bare, country, candidates.values(), e.getKey()).isPresent()) {
                    out.add(e.getKey());
                    break;
                }
            }
        }
        return out;
    }
}
