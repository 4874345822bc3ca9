package org.herald.store.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.entity.Places;
import org.herald.store.EntityKeys;

/**
 * Decides, as an article is stored, which store entity each of its entities is, so that one real-world entity has
 * one id across articles:
 * <ul>
 *   <li>a country by its code, whatever the spelling: "U.S.", "US", "USA", "United States", "America" are one
 *       entity, keyed and named by the code's common name ({@code country:united-states}, "United States"), from
 *       the country tables of the nlp stage ({@link Places});</li>
 *   <li>a body every state has ("Senate", "Ministry of Defence": {@link StateBodies}) with its country when the
 *       article gives one, in the entity's country or in the name ("Nigerian Senate"): {@code organization:nga-senate};
 *       without a country it keeps its name's key, never one of a country's;</li>
 *   <li>a person by the people of the same surname already stored, found through the store's name terms
 *       ({@link StoredPeople}; and those written since the last refresh, {@link PendingNames}), never by
 *       reading all entities: a mention joins the candidate whose name forms fit its given names and whose country
 *       does not conflict; when several fit, the one with most articles, unless two of them cannot be one person
 *       ("Trump" with Donald and Ivanka stored), and then it stays apart. The article's own people are candidates
 *       too, full names first, so a "Trump" the nlp stage left apart from the article's "Donald Trump" joins it.</li>
 * </ul>
 * Everything else keeps {@link EntityKeys#key}. The cost of an article is its people's surname runs in the terms
 * dictionary, not the size of the store. Both stores resolve with this class (#14); each finds its stored names
 * its own way.
 */
public final class EntityResolver {
    private final EntityKeys keys;
    private final Places places;
    private final StateBodies bodies;
    private final PendingNames pending;

    public EntityResolver(EntityKeys keys, Places places, StateBodies bodies, PendingNames pending) {
        this.keys = keys;
        this.places = places;
        this.bodies = bodies;
        this.pending = pending;
    }

    /** The store entity of each of the article's entities, by the article's entity id. */
    public Map<String, ResolvedEntity> resolve(StoredPeople stored, Analysis analysis) throws IOException {
        Map<String, ResolvedEntity> out = new HashMap<>();
        List<Entity> people = new ArrayList<>();
        for (Entity e : analysis.entities()) {
            if (e.type() == EntityType.PERSON) people.add(e);
            else out.put(e.id(), other(e));
        }
        // Full names first, so that the article's own "Donald Trump" is a candidate for its "Trump".
        people.sort(Comparator.comparingInt((Entity e) -> -e.name().strip().split("\\s+").length));
        Map<String, Map<String, PersonCandidate>> local = new HashMap<>();
        for (Entity e : people) out.put(e.id(), person(stored, e, local));
        return out;
    }

    private ResolvedEntity other(Entity e) {
        String typeKey = EntityKeys.typeKey(e.type());
        if (e.type() == EntityType.COUNTRY || e.type() == EntityType.LOCATION) {
            Optional<String> code = places.countryNamed(e.name().strip());
            // A place the article puts in another country is not that country: "Georgia" in the USA is the state.
            boolean elsewhere = e.type() == EntityType.LOCATION && e.country().isPresent() && !e.country().equals(code);
            if (code.isPresent() && !elsewhere) {
                // Keyed by the common name of the code, not the code: a store written before this kept
                // "Ukraine" and "United States" under country:ukraine and country:united-states, which stay.
                String type = EntityKeys.typeKey(EntityType.COUNTRY);
                String name = places.countryName(code.get()).orElse(e.name());
                return new ResolvedEntity(keys.key(EntityType.COUNTRY, name), type, name, code, Optional.empty());
            }
        }
        if (e.type() == EntityType.ORGANIZATION) {
            Optional<ResolvedEntity> body = stateBody(e, typeKey);
            if (body.isPresent()) return body.get();
        }
        return new ResolvedEntity(keys.key(e.type(), e.name()), typeKey, e.name(), Optional.empty(),
                Optional.empty());
    }

    /** "Senate" with country NGA, "Nigerian Senate", "U.S. Supreme Court": the body keyed with its country. */
    private Optional<ResolvedEntity> stateBody(Entity e, String typeKey) {
        String name = e.name().strip();
        if (name.startsWith("the ") || name.startsWith("The ")) name = name.substring(4);
        String[] words = name.split("\\s+");
        Optional<String> country = e.country();
        int start = 0;
        // A leading country name or demonym of up to three words: "United States Senate", "Nigerian Senate".
        for (int n = Math.min(3, words.length - 1); n >= 1 && start == 0; n--) {
            String head = String.join(" ", List.of(words).subList(0, n));
            Optional<String> named = places.countryNamed(head).or(() -> places.countryOfDemonym(head));
            if (named.isPresent()) {
                country = named;
                start = n;
            }
        }
        String body = keys.normalise(String.join(" ", List.of(words).subList(start, words.length)));
        if (!bodies.isStateBody(body) || country.isEmpty()) return Optional.empty();
        return Optional.of(new ResolvedEntity(typeKey + ":" + keys.normalise(country.get()) + "-" + body, typeKey,
                e.name(), country, Optional.empty()));
    }

    private ResolvedEntity person(StoredPeople people, Entity e, Map<String, Map<String, PersonCandidate>> local)
            throws IOException {
        String typeKey = EntityKeys.typeKey(EntityType.PERSON);
        String ownKey = keys.key(EntityType.PERSON, e.name());
        Optional<PersonName> parsed = PersonName.parse(e.name(), keys);
        if (parsed.isEmpty()) return new ResolvedEntity(ownKey, typeKey, e.name(), Optional.empty(), Optional.empty());
        PersonName name = parsed.get();
        Map<String, PersonCandidate> candidates = local.get(name.surname());
        if (candidates == null) {
            candidates = stored(people, name.surname());
            local.put(name.surname(), candidates);
        }
        String key = choose(name, e.country(), candidates.values(), ownKey).orElse(ownKey);
        NameTerm term = new NameTerm(name.surname(), key, name.given(), e.country().orElse(""));
        candidates.computeIfAbsent(key, PersonCandidate::new).add(term, 1);
        return new ResolvedEntity(key, typeKey, e.name(), Optional.empty(), Optional.of(term));
    }

    /**
     * The candidate the name joins: its own key when that is stored with a full name, else the fitting candidate
     * with most articles (ties by id) when every other fitting one could be the same person; empty when none fits
     * or the evidence does not decide.
     */
    static Optional<String> choose(PersonName name, Optional<String> country, Iterable<PersonCandidate> candidates,
                                   String ownKey) {
        List<PersonCandidate> fit = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            if (c.full() && c.fits(name.given()) && !c.conflicts(country)) fit.add(c);
        }
        if (fit.isEmpty()) return Optional.empty();
        if (name.full() && fit.stream().anyMatch(c -> c.key.equals(ownKey))) return Optional.of(ownKey);
        fit.sort(Comparator.comparingLong((PersonCandidate c) -> -c.articles).thenComparing(c -> c.key));
        PersonCandidate top = fit.get(0);
        for (PersonCandidate other : fit.subList(1, fit.size())) {
            if (!top.sameAs(other)) return Optional.empty();
        }
        return Optional.of(top.key);
    }

    /** The stored people of a surname, as the store finds them, plus the names not yet visible there. */
    private Map<String, PersonCandidate> stored(StoredPeople people, String surname) throws IOException {
        Map<String, PersonCandidate> out = new LinkedHashMap<>();
        for (StoredPeople.Named n : people.withSurname(surname)) {
            out.computeIfAbsent(n.name().key(), PersonCandidate::new).add(n.name(), n.articles());
        }
        for (NameTerm t : pending.withSurname(surname)) out.computeIfAbsent(t.key(), PersonCandidate::new).add(t, 1);
        return out;
    }
}
