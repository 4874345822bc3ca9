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
import org.herald.model.analysis.EntityType;
import org.herald.store.EntityKeys;

/**
 * Joins that arrive after the surname, and joins undone (#12): "Lavrov" stored before any article names "Sergei
 * Lavrov" was its own person, since a surname alone is no one to join ({@link EntityResolver}). Once a fuller name
 * of that surname is stored, the surname-only people are asked again, by the resolver's own rule
 * ({@link EntityResolver#choose}): when one would now join one full name, its articles are put again and their
 * entities resolve to it. Two different people of the surname ("Donald Trump" and "Ivanka Trump"), a full name of
 * another country or of a role in another field leave it apart; and a "Trump" joined to Donald before Ivanka was
 * stored is taken back to its own entity when nothing but the surname spoke for Donald.
 *
 * <p>The store notes the surnames of the full names it is put ({@link #noteFullNames}) and of the people of the
 * articles it deletes ({@link #note}) and, when its writes become visible (a refresh or a commit), asks
 * {@link #toPutAgain} of each and puts the articles of the answer again. Asking when the writes are visible, not
 * per put, makes a batch's result independent of its order: "Trump", then "Donald Trump" and "Ivanka Trump" in one
 * batch leave "Trump" apart, as the other order does. Safe from several threads.
 */
public final class SurnameJoins {
    private final Set<String> surnames = new LinkedHashSet<>();

    /** Notes the surnames of the article's full names (a given name or initial and a surname). */
    public synchronized void noteFullNames(Collection<ResolvedEntity> resolved) {
        for (ResolvedEntity r : resolved) {
            r.person().filter(t -> !t.given().isEmpty()).ifPresent(t -> surnames.add(t.surname()));
        }
    }

    /** Notes a surname to ask again: a deleted article's people, or every surname to re-run the joins of a store. */
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
     * The name terms of the surname-only mentions of this surname that the evidence now decides otherwise than they
     * are stored: for each, {@link EntityResolver#choose} is asked again with the term's country and role, and a
     * term whose answer is not its key must have its articles put again. That joins a "Lavrov" stored alone to the
     * "Sergei Lavrov" stored since, and takes back a "Trump" joined to "Donald Trump" once an "Ivanka Trump" is
     * stored (or once the full names it was joined to are deleted), unless its role still singles him out; put
     * again, each article decides with its own context too (a full name it gives itself). {@code people} must show
     * every write so far (the store refreshed).
     */
    public static List<NameTerm> toPutAgain(StoredPeople people, String surname, EntityResolver resolver)
            throws IOException {
        Map<String, PersonCandidate> candidates = new LinkedHashMap<>();
        List<NameTerm> surnameOnly = new ArrayList<>();
        for (StoredPeople.Named n : people.withSurname(surname)) {
            NameTerm t = n.name();
            candidates.computeIfAbsent(t.key(), PersonCandidate::new).add(t, n.articles());
            if (t.given().isEmpty()) surnameOnly.add(t);
        }
        PersonName bare = new PersonName(List.of(), surname);
        String ownKey = EntityKeys.typeKey(EntityType.PERSON) + ":" + surname;
        List<NameTerm> out = new ArrayList<>();
        for (NameTerm t : surnameOnly) {
            boolean joined = !t.key().equals(ownKey);
            // Under its own key, named by some article with a given name too: a full person, nothing to join.
            if (!joined && candidates.get(t.key()).full()) continue;
            Optional<String> country = t.country().isEmpty() ? Optional.empty() : Optional.of(t.country());
            EntityResolver.Evidence evidence = new EntityResolver.Evidence(country, t.role(), Set.of());
            String decided = resolver.choose(bare, evidence, candidates.values(), ownKey).orElse(ownKey);
            if (!decided.equals(t.key())) out.add(t);
        }
        return out;
    }
}
