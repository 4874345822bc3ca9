package org.herald.events.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.herald.extract.date.Dateline;
import org.herald.extract.date.DatelineParser;
import org.herald.geo.Gazetteer;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.nlp.entity.Places;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Where an event happened, from the nearest thing the text says: an "in"/"at"/"near" phrase of its own verb ("met
 * Kishida [in Tokyo]"), else such a phrase in its clause or a clause above it ("Scholz reiterated that message [in
 * Kyiv], stating that … would have serious consequences"; {@link ClauseScope}), else the article's dateline ("KYIV,
 * Ukraine (AP) —"), else the city the article most often puts things in ("in Lyon", twice at least and most of its
 * locative places), unless the event's actors say it happened elsewhere ({@link #ofArticle(ArticlePlaces, Actor,
 * Optional, boolean)}). Only places count: a country, city, region or location entity, or the dateline's place; never
 * a person or organisation. Names are resolved by {@link PlaceResolver} with the article's countries as context.
 * Thread-safe.
 */
final class EventPlaces {
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside");
    /**
     * The phrases that name what a statement is about, not where it is made. The subject stays: "the ambassador [in
     * Kyiv] condemned …" most likely spoke there.
     */
    private static final String[] ARGUMENTS = {"obj", "iobj"};
    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.COUNTRY,
            EntityType.STATE_OR_PROVINCE, EntityType.LOCATION);
    /** How many opening lines may hold the dateline: the headline and a byline may come first. */
    private static final int DATELINE_LINES = 6;

    private final PlaceResolver resolver;
    private final Places places;
    private final DatelineParser datelines = new DatelineParser();

    EventPlaces(Gazetteer gazetteer, Places places) {
        this.resolver = new PlaceResolver(gazetteer, places);
        this.places = places;
    }

    /** What the article as a whole says about where things happen, worked out once per article. */
    record ArticlePlaces(List<String> countries, Optional<Place> dateline, Optional<Place> dominant) {}

    ArticlePlaces article(ParsedText text, List<Entity> entities) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Entity e : entities) {
            if (PLACES.contains(e.type()) && e.country().isPresent()) {
                mentions.merge(e.country().get(), e.mentions().size(), Integer::sum);
            }
        }
        List<String> countries = new ArrayList<>(mentions.keySet());
        countries.sort(Comparator.comparing(c -> -mentions.get(c)));
        Optional<Place> dateline = dateline(text.text()).flatMap(d -> {
            // "KYIV, Ukraine": the part after the comma is the country (or a US state, which is no country).
            String[] parts = d.place().split(",\\s*", 2);
            Optional<String> own = parts.length > 1 ? resolver.country(parts[1]) : Optional.empty();
            return resolver.resolve(parts[0], own, countries);
        });
        Optional<Place> dominant = dominantCity(text, entities).flatMap(e -> resolve(e, countries));
        return new ArticlePlaces(List.copyOf(countries), dateline, dominant);
    }

    // The city the article puts things in most often, at least twice: only mentions in a locative phrase count, since
    // a city is often its government ("Moscow denies it has any plans …") and that says nothing about where.
    //
    // It must also hold most of the article's locative place mentions: an article that puts things in many places
    // (a war report naming the towns struck, a live blog from several cities) has no one place of its own, and a
    // hand check of 40 placed events on the Fundus and Trafilatura pages found 23 wrong by that fallback (a Pakistani
    // town for India's and Britain's statements, Plymouth for Manchester's mayor).
    private static Optional<Entity> dominantCity(ParsedText text, List<Entity> entities) {
        Map<Entity, Integer> counts = new LinkedHashMap<>();
        int placed = 0;
        for (Sentence s : text.sentences()) {
            Tree tree = new Tree(s);
            for (Token t : s.tokens()) {
                if (tree.caseWord(t.index()).filter(LOCATIVE::contains).isEmpty()) continue;
                for (Entity e : entities) {
                    if (!PLACES.contains(e.type())) continue;
                    if (e.mentions().stream().noneMatch(m -> m.span().overlaps(t.span()))) continue;
                    placed++;
                    if (e.type() == EntityType.CITY) counts.merge(e, 1, Integer::sum);
                }
            }
        }
        int all = placed;
        return counts.entrySet().stream().filter(c -> c.getValue() >= 2 && 2 * c.getValue() > all)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * Where the event of this verb chain happened.
     *
     * @param verbal whether the event is a statement of some kind (CAMEO quad class 1 or 3): a place that only
     *               describes what a statement is about ("condemned the build-up [near Ukraine]") is not where the
     *               statement was made, while an act happens where its object is ("attacked the embassy [in Kabul]")
     */
    Optional<Place> place(Tree tree, List<Integer> chain, List<Entity> entities, ArticlePlaces article,
                          boolean verbal) {
        return inSentence(tree, chain, entities, article, verbal).or(() -> ofArticle(article));
    }

    /** Where the article as a whole puts things: its dateline, else its usual city. */
    static Optional<Place> ofArticle(ArticlePlaces article) {
        return article.dateline().or(article::dominant);
    }

    /**
     * The article's place ({@link #ofArticle(ArticlePlaces)}) for an event its sentence does not place, unless the
     * actors say it happened elsewhere: a statement by an actor of another country than the place's was most likely
     * made at home ("the U.K. government is urging India and Pakistan …" under a Pakistani town, "Harris said" in a
     * story about her Montreal school years), and an act by a foreign actor is placed there only when its target is
     * of the place's country or it has none ("Russian forces shelled the city" under a KYIV dateline).
     */
    Optional<Place> ofArticle(ArticlePlaces article, Actor source, Optional<Actor> target, boolean verbal) {
        Optional<Place> place = ofArticle(article);
        Optional<String> where = place.flatMap(Place::country);
        Optional<String> doer = countryOf(source);
        if (where.isEmpty() || doer.isEmpty() || doer.equals(where)) return place;
        if (verbal) return Optional.empty();
        Optional<String> receiver = target.flatMap(this::countryOf);
        return receiver.isEmpty() || receiver.equals(where) ? place : Optional.empty();
    }

    private Optional<String> countryOf(Actor actor) {
        return places.countryOfCode(actor.code());
    }

    /** The place the sentence itself gives the event of this verb chain ({@link #place} without the article's). */
    Optional<Place> inSentence(Tree tree, List<Integer> chain, List<Entity> entities, ArticlePlaces article,
                               boolean verbal) {
        for (int v : chain) {
            for (int o : tree.children(v, "obl", "nmod")) {
                Optional<Place> p = locative(tree, o, entities, article);
                if (p.isPresent()) return p;
            }
        }
        // What the event asks for or says is not where it happened: "wants NATO to roll back its forces [in Eastern
        // Europe]" leaves the demand unplaced by that phrase.
        List<Integer> contents = new ArrayList<>();
        for (int v : chain) {
            tree.children(v, "xcomp", "ccomp").stream().filter(c -> !chain.contains(c)).forEach(contents::add);
            if (verbal) contents.addAll(tree.children(v, ARGUMENTS));
        }
        // A place elsewhere in the sentence is this event's only when it hangs in the event's own clause or in a
        // clause above it ("Scholz reiterated that message [in Kyiv], stating that …"), never in a clause beside or
        // below it: "patients had referrals to hospitals [in Egypt], but Israel is refusing …", "punish Pakistan
        // after accusing it of backing the attack [in Pahalgam]" (ClauseScope; a hand check of 40 placed events
        // found 10 such places wrong after the article-city fix).
        for (Token t : tree.sentence().tokens()) {
            int i = t.index();
            if (contents.stream().anyMatch(c -> tree.dominates(c, i))) continue;
            boolean scoped = chain.stream().anyMatch(v -> ClauseScope.inOwnClause(tree, v, i, true)
                    || ClauseScope.hungAbove(tree, i, v));
            if (!scoped) continue;
            Optional<Place> p = locative(tree, i, entities, article);
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    private Optional<Place> locative(Tree tree, int head, List<Entity> entities, ArticlePlaces article) {
        if (tree.caseWord(head).filter(LOCATIVE::contains).isEmpty()) return Optional.empty();
        // "in [Kharkiv]", and a common noun's own name: "in the Russian town [of Grayvoron]", "in the [Belgorod]
        // region", "at the [Kremlin] palace" (the noun itself is no entity, so its name is where).
        List<Integer> names = new ArrayList<>();
        names.add(head);
        for (int c : tree.children(head, "nmod", "compound", "appos", "flat")) {
            if (!Tree.is(tree.relation(c), "nmod") || tree.hasCase(c, "of")) names.add(c);
        }
        for (int n : names) {
            Span span = tree.token(n).span();
            for (Entity e : entities) {
                if (!PLACES.contains(e.type())) continue;
                for (Mention m : e.mentions()) {
                    if (m.span().overlaps(span)) return resolve(e, article.countries());
                }
            }
        }
        return Optional.empty();
    }

    // A place the gazetteer does not know ("the Donbas", "Crimea") is still where it happened: kept by name.
    private Optional<Place> resolve(Entity e, List<String> countries) {
        Optional<String> own = e.type() == EntityType.COUNTRY ? Optional.empty() : e.country();
        Optional<Place> found = resolver.resolve(e.name(), own, countries);
        if (found.isPresent()) return found;
        Place.Kind kind = e.type() == EntityType.STATE_OR_PROVINCE ? Place.Kind.REGION : Place.Kind.UNKNOWN;
        return Optional.of(new Place(e.name(), e.country(), kind, Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    private Optional<Dateline> dateline(String body) {
        String[] lines = body.split("\n", DATELINE_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, DATELINE_LINES); i++) {
            Optional<Dateline> d = datelines.parse(lines[i]);
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }
}
