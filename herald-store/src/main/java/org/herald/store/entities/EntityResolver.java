package org.herald.store.entities;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
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
 *       does not conflict; a surname alone ("Smith") is also refused to a full name whose roles lie in another
 *       field ("Senator Smith" is not "coach John Smith": {@link RoleFields}). When several fit, those the article
 *       itself names in full are preferred, then those stored with the mention's very role, then those of its
 *       role's field; of what is left, the one with most articles, unless two of them cannot be one person ("Trump"
 *       with Donald and Ivanka stored), and then it stays apart. The article's own people are candidates too, full
 *       names first, so a "Trump" the nlp stage left apart from the article's "Donald Trump" joins it.</li>
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
    private final RoleFields roles = new RoleFields();

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
        Map<String, Set<String>> namedInFull = new HashMap<>();
        for (Entity e : people) out.put(e.id(), person(stored, e, local, namedInFull));
        return out;
    }

    /**
     * The surnames of the article's people, as {@link NameTerm#surname} spells them: whose joins a deletion of the
     * article may change (#12).
     */
    public Set<String> surnames(Analysis analysis) {
        Set<String> out = new LinkedHashSet<>();
        for (Entity e : analysis.entities()) {
            if (e.type() == EntityType.PERSON) PersonName.parse(e.name(), keys).ifPresent(n -> out.add(n.surname()));
        }
        return out;
    }

    /** A title as name terms store it ("Foreign Minister" → foreign-minister; "" for none). */
    String role(Optional<String> title) {
        return title.map(String::strip).filter(t -> !t.isEmpty()).map(keys::normalise).orElse("");
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

    private ResolvedEntity person(StoredPeople people, Entity e, Map<String, Map<String, PersonCandidate>> local,
                                  Map<String, Set<String>> namedInFull) throws IOException {
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
        Set<String> named = namedInFull.computeIfAbsent(name.surname(), s -> new HashSet<>());
        String role = role(e.title());
        String key = choose(name, new Evidence(e.country(), role, named), candidates.values(), ownKey).orElse(ownKey);
        NameTerm term = new NameTerm(name.surname(), key, name.given(), e.country().orElse(""), role);
        candidates.computeIfAbsent(key, PersonCandidate::new).add(term, 1);
        if (name.full()) named.add(key);
        return new ResolvedEntity(key, typeKey, e.name(), Optional.empty(), Optional.of(term));
    }

    /**
     * What a mention says of whom it names, beside its name: the country and role its article gives it ("" for no
     * role) and the store ids of the people of its surname the article names in full ("Donald Trump" beside a
     * "Trump").
     */
    record Evidence(Optional<String> country, String role, Set<String> namedInArticle) {
        Evidence {
            Objects.requireNonNull(country, "country");
            Objects.requireNonNull(role, "role");
            namedInArticle = Set.copyOf(namedInArticle);
        }
    }

    /**
     * The candidate the name joins: its own key when that is stored with a full name; else, of the fitting
     * candidates (those the evidence prefers, when some are: {@link #preferred}), the one with most articles (ties
     * by id) when every other could be the same person; empty when none fits or the evidence does not decide. A
     * surname alone does not fit a full name whose roles conflict with its role.
     */
    Optional<String> choose(PersonName name, Evidence evidence, Iterable<PersonCandidate> candidates, String ownKey) {
        List<PersonCandidate> fit = new ArrayList<>();
        for (PersonCandidate c : candidates) {
            if (c.full() && c.fits(name.given()) && !c.conflicts(evidence.country())
                    && (name.full() || !c.roleConflicts(evidence.role(), roles))) fit.add(c);
        }
        if (fit.isEmpty()) return Optional.empty();
        if (name.full() && fit.stream().anyMatch(c -> c.key.equals(ownKey))) return Optional.of(ownKey);
        fit = preferred(fit, evidence);
        fit.sort(Comparator.comparingLong((PersonCandidate c) -> -c.articles).thenComparing(c -> c.key));
        PersonCandidate top = fit.get(0);
        for (PersonCandidate other : fit.subList(1, fit.size())) {
            if (!top.sameAs(other)) return Optional.empty();
        }
        return Optional.of(top.key);
    }

    /**
     * The fitting candidates the evidence singles out, strongest first: those the article names in full, else those
     * stored with the mention's very role ("senator"), else those with a role of its field; all of them when none
     * is. "Senator Smith" with "coach John Smith" and "Senator Mary Smith" stored is Mary.
     */
    private List<PersonCandidate> preferred(List<PersonCandidate> fit, Evidence evidence) {
        List<Predicate<PersonCandidate>> tiers = List.of(
                c -> evidence.namedInArticle().contains(c.key),
                c -> c.hasRole(evidence.role()),
                c -> c.sharesField(evidence.role(), roles));
        for (Predicate<PersonCandidate> tier : tiers) {
            List<PersonCandidate> some = fit.stream().filter(tier).collect(Collectors.toCollection(ArrayList::new));
            if (!some.isEmpty()) return some;
        }
        return fit;
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
