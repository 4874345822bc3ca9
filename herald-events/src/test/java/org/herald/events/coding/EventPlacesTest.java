package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.geo.Gazetteer;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;
import org.herald.nlp.entity.Places;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Event places on hand-written parses (sentences we wrote), resolved against the real gazetteer. */
class EventPlacesTest {
    private static EventPlaces places;
    private static final EventPlaces.ArticlePlaces NO_ARTICLE =
            new EventPlaces.ArticlePlaces(List.of(), Optional.empty(), Optional.empty());

    @BeforeAll
    static void load() {
        places = new EventPlaces(Gazetteer.load(), Places.load());
    }

    private static Entity entity(ParsedText p, String id, String name, EntityType type, Optional<String> country) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = p.text().indexOf(name); at >= 0; at = p.text().indexOf(name, at + 1)) {
            mentions.add(new Mention(new Span(at, at + name.length()), name));
        }
        return new Entity(id, name, type, Optional.empty(), country, mentions);
    }

    // "Scholz warned Russia in Kyiv ."
    private static final ParsedText WARNED_IN_KYIV = Parses.text("Scholz/Scholz/NNP warned/warn/VBD Russia/Russia/NNP "
            + "in/in/IN Kyiv/Kyiv/NNP ./././.", "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");

    @Test
    void theClauseLocativeGivesTheCityWithCountryAdminRegionAndCoordinates() {
        Tree tree = new Tree(WARNED_IN_KYIV.sentences().get(0));
        List<Entity> entities = List.of(entity(WARNED_IN_KYIV, "e1", "Kyiv", EntityType.CITY, Optional.empty()));
        Place p = places.place(tree, List.of(1), entities, NO_ARTICLE, true).orElseThrow();
        assertEquals("Kyiv", p.name());
        assertEquals(Optional.of("UKR"), p.country());
        assertEquals(Place.Kind.POPULATED_PLACE, p.kind());
        assertEquals(Optional.of("12"), p.admin1());
        assertEquals(Optional.of(703448), p.geonamesId());
        assertEquals(50.45, p.point().orElseThrow().latitude(), 0.05);
    }

    @Test
    void aSmallHomonymInACountryTheTextNeverNamesIsNoPlaceOfIt() {
        // GeoNames has no populated place "Scotland" in the UK, only small ones elsewhere (Scotland, Pennsylvania)
        ParsedText p = Parses.text("Scholz/Scholz/NNP warned/warn/VBD Russia/Russia/NNP in/in/IN "
                + "Scotland/Scotland/NNP ./././.", "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");
        Tree tree = new Tree(p.sentences().get(0));
        List<Entity> entities = List.of(entity(p, "e1", "Scotland", EntityType.STATE_OR_PROVINCE, Optional.empty()));
        Place scotland = places.place(tree, List.of(1), entities, NO_ARTICLE, true).orElseThrow();
        assertEquals("Scotland", scotland.name());
        assertEquals(Optional.empty(), scotland.country());
        assertEquals(Optional.empty(), scotland.point());
    }

    @Test
    void aUsStateIsTheUnitedStatesNotAHomonymAbroad() {
        ParsedText p = Parses.text("Scholz/Scholz/NNP warned/warn/VBD Russia/Russia/NNP in/in/IN "
                + "Montana/Montana/NNP ./././.", "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");
        Tree tree = new Tree(p.sentences().get(0));
        List<Entity> entities = List.of(entity(p, "e1", "Montana", EntityType.STATE_OR_PROVINCE, Optional.empty()));
        Place montana = places.place(tree, List.of(1), entities, NO_ARTICLE, true).orElseThrow();
        assertEquals(Optional.of("USA"), montana.country());
        assertEquals(Place.Kind.REGION, montana.kind());
    }

    @Test
    void aLocativeElsewhereInTheSentencePlacesAnEventOfAnotherClause() {
        // "Scholz reiterated the message in Kyiv , stating that Russia would pay ." : the event is "pay" (7).
        ParsedText p = Parses.text("Scholz/Scholz/NNP reiterated/reiterate/VBD the/the/DT message/message/NN "
                + "in/in/IN Kyiv/Kyiv/NNP ,/,/, stating/state/VBG that/that/IN Russia/Russia/NNP "
                + "would/would/MD pay/pay/VB ./././.", "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) obl(1,5) "
                + "punct(1,6) advcl(1,7) mark(11,8) nsubj(11,9) aux(11,10) ccomp(7,11) punct(1,12)");
        List<Entity> entities = List.of(entity(p, "e1", "Kyiv", EntityType.CITY, Optional.empty()));
        Place place = places.place(new Tree(p.sentences().get(0)), List.of(11), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals(Optional.of("UKR"), place.country());
    }

    // "NATO condemned the build-up near Ukraine ." / "Rebels attacked the embassy in Kabul .": the same shape, the place
    // inside the object.
    private static ParsedText objectWithPlace(String subject, String verb, String lemma, String noun, String prep,
                                              String city) {
        return Parses.text(subject + "/" + subject + "/NNP " + verb + "/" + lemma + "/VBD the/the/DT " + noun + "/"
                + noun + "/NN " + prep + "/" + prep + "/IN " + city + "/" + city + "/NNP ./././.",
                "nsubj(1,0) root(-1,1) det(3,2) obj(1,3) case(5,4) nmod(3,5) punct(1,6)");
    }

    @Test
    void aPlaceInsideWhatAStatementIsAboutIsNotWhereItWasMade() {
        ParsedText p = objectWithPlace("NATO", "condemned", "condemn", "buildup", "near", "Kyiv");
        List<Entity> entities = List.of(entity(p, "e1", "Kyiv", EntityType.CITY, Optional.empty()));
        assertEquals(Optional.empty(),
                places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, true));
    }

    @Test
    void anActHappensWhereItsObjectIs() {
        ParsedText p = objectWithPlace("Rebels", "attacked", "attack", "embassy", "in", "Kabul");
        List<Entity> entities = List.of(entity(p, "e1", "Kabul", EntityType.CITY, Optional.empty()));
        Place place = places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals(Optional.of("AFG"), place.country());
    }

    @Test
    void homonymsGoToTheLargestUnlessTheArticlesCountriesSayOtherwise() {
        ParsedText p = Parses.text("Protesters/protester/NNS gathered/gather/VBD in/in/IN Birmingham/Birmingham/NNP "
                + "./././.", "nsubj(1,0) root(-1,1) case(3,2) obl(1,3) punct(1,4)");
        Tree tree = new Tree(p.sentences().get(0));
        List<Entity> entities = List.of(entity(p, "e1", "Birmingham", EntityType.CITY, Optional.empty()));
        assertEquals(Optional.of("GBR"),
                places.place(tree, List.of(1), entities, NO_ARTICLE, false).orElseThrow().country());
        EventPlaces.ArticlePlaces american = new EventPlaces.ArticlePlaces(List.of("USA"), Optional.empty(),
                Optional.empty());
        Place alabama = places.place(tree, List.of(1), entities, american, false).orElseThrow();
        assertEquals(Optional.of("USA"), alabama.country());
        assertEquals(Optional.of("AL"), alabama.admin1());
    }

    @Test
    void aCapitalsNameIsTheCapitalNotALargerHomonym() {
        // GeoNames' largest "Washington" is in England; its US capital is named "Washington, D.C."
        EventPlaces.ArticlePlaces dated = places.article(
                new ParsedText("WASHINGTON (AP) — Officials met.\n", List.of()), List.of());
        assertEquals(Optional.of("USA"), dated.dateline().orElseThrow().country());
        assertEquals(38.9, dated.dateline().orElseThrow().point().orElseThrow().latitude(), 0.1);
    }

    @Test
    void aCityKnownToHeraldsTablesIsItsCountrysEvenUnderAnEnglishSpellingGeoNamesLacks() {
        // GeoNames writes "Genève"; its only "Geneva"s are in the US. The dateline is the Swiss city, by near spelling.
        EventPlaces.ArticlePlaces dated = places.article(
                new ParsedText("GENEVA (Reuters) — Officials met.\n", List.of()), List.of());
        Place geneva = dated.dateline().orElseThrow();
        assertEquals(Optional.of("CHE"), geneva.country());
        assertEquals(46.2, geneva.point().orElseThrow().latitude(), 0.1);
    }

    @Test
    void anOlderSpellingOfACapitalIsStillTheCapital() {
        // "Scholz warned Russia in Kiev ." : GeoNames says "Kyiv"; the entity finder gives Kiev its country, UKR
        ParsedText p = Parses.text("Scholz/Scholz/NNP warned/warn/VBD Russia/Russia/NNP in/in/IN Kiev/Kiev/NNP "
                + "./././.", "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");
        List<Entity> entities = List.of(entity(p, "e1", "Kiev", EntityType.CITY, Optional.of("UKR")));
        Place kiev = places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals("Kiev", kiev.name());
        assertEquals(Optional.of(703448), kiev.geonamesId());
    }

    @Test
    void aCountryIsPlacedAtItsCapital() {
        ParsedText p = Parses.text("Russia/Russia/NNP attacked/attack/VBD targets/target/NNS in/in/IN "
                + "Ukraine/Ukraine/NNP ./././.", "nsubj(1,0) root(-1,1) obj(1,2) case(4,3) obl(1,4) punct(1,5)");
        List<Entity> entities = List.of(entity(p, "e1", "Ukraine", EntityType.COUNTRY, Optional.of("UKR")));
        Place place = places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals(Place.Kind.COUNTRY, place.kind());
        assertEquals(Optional.of("UKR"), place.country());
        assertEquals(30.52, place.point().orElseThrow().longitude(), 0.05);
    }

    @Test
    void withoutALocativeTheDatelineThenTheArticlesMainCityGiveThePlace() {
        ParsedText article = new ParsedText("Talks go on\nKYIV, Ukraine (AP) — Officials met.\n", List.of());
        EventPlaces.ArticlePlaces dated = places.article(article, List.of());
        assertEquals("Kyiv", dated.dateline().orElseThrow().name());
        assertEquals(Optional.of("UKR"), dated.dateline().orElseThrow().country());
        Tree tree = new Tree(WARNED_IN_KYIV.sentences().get(0));
        // no place entity: the locative "in Kyiv" is not known as a place, so the dateline answers
        assertEquals(dated.dateline(), places.place(tree, List.of(1), List.of(), dated, false));

        // "Riots broke out in Lyon and police patrolled in Lyon ."
        ParsedText twice = Parses.text("Riots/riot/NNS broke/break/VBD out/out/RP in/in/IN Lyon/Lyon/NNP and/and/CC "
                + "police/police/NNS patrolled/patrol/VBD in/in/IN Lyon/Lyon/NNP ./././.", "nsubj(1,0) root(-1,1) "
                + "compound:prt(1,2) case(4,3) obl(1,4) cc(7,5) nsubj(7,6) conj(1,7) case(9,8) obl(7,9) punct(1,10)");
        Entity lyon = entity(twice, "e1", "Lyon", EntityType.CITY, Optional.empty());
        EventPlaces.ArticlePlaces undated = places.article(twice, List.of(lyon));
        assertTrue(undated.dateline().isEmpty());
        assertEquals(Optional.of("FRA"), places.place(tree, List.of(1), List.of(), undated, false).orElseThrow().country());
    }

    @Test
    void aCityNamedAsItsGovernmentIsNotTheArticlesPlace() {
        // "Lyon denied it and Lyon protested ." : two mentions, neither says where anything happened
        ParsedText p = Parses.text("Lyon/Lyon/NNP denied/deny/VBD it/it/PRP and/and/CC Lyon/Lyon/NNP "
                + "protested/protest/VBD ./././.", "nsubj(1,0) root(-1,1) obj(1,2) cc(5,3) nsubj(5,4) conj(1,5) "
                + "punct(1,6)");
        Entity lyon = entity(p, "e1", "Lyon", EntityType.CITY, Optional.empty());
        assertTrue(places.article(p, List.of(lyon)).dominant().isEmpty());
    }

    @Test
    void aPersonIsNeverAPlace() {
        ParsedText p = Parses.text("Biden/Biden/NNP met/meet/VBD in/in/IN Washington/Washington/NNP ./././.",
                "nsubj(1,0) root(-1,1) case(3,2) obl(1,3) punct(1,4)");
        List<Entity> entities = List.of(entity(p, "e1", "Washington", EntityType.PERSON, Optional.empty()));
        assertEquals(Optional.empty(),
                places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false));
    }

    @Test
    void anArticleThatPutsThingsInManyPlacesHasNoMainCity() {
        // "Jets struck in Lyon , in Lyon , in Nice , in Paris and in Lille ." : Lyon twice, but 2 of 5 places
        ParsedText p = Parses.text("Jets/jet/NNS struck/strike/VBD in/in/IN Lyon/Lyon/NNP ,/,/, in/in/IN Lyon/Lyon/NNP "
                + ",/,/, in/in/IN Nice/Nice/NNP ,/,/, in/in/IN Paris/Paris/NNP and/and/CC in/in/IN Lille/Lille/NNP ./././.",
                "nsubj(1,0) root(-1,1) case(3,2) obl(1,3) punct(6,4) case(6,5) conj(3,6) punct(9,7) case(9,8) "
                        + "conj(3,9) punct(12,10) case(12,11) conj(3,12) cc(15,13) case(15,14) conj(3,15) punct(1,16)");
        List<Entity> entities = new ArrayList<>();
        for (String city : List.of("Lyon", "Nice", "Paris", "Lille")) {
            entities.add(entity(p, "e" + city, city, EntityType.CITY, Optional.of("FRA")));
        }
        assertTrue(places.article(p, entities).dominant().isEmpty());
    }

    @Test
    void aForeignActorsStatementIsNotPlacedByTheArticlesPlaceButItsActAgainstTheCountryIs() {
        ParsedText article = new ParsedText("KYIV, Ukraine (AP) — Officials met.\n", List.of());
        EventPlaces.ArticlePlaces dated = places.article(article, List.of());
        Actor britain = new Actor("Britain", "GBRGOV", Optional.empty());
        Actor ukraine = new Actor("Ukraine", "UKR", Optional.empty());
        Actor russia = new Actor("Russian forces", "RUSMIL", Optional.empty());
        assertTrue(places.ofArticle(dated, britain, Optional.of(ukraine), true).isEmpty(), "a British statement");
        assertEquals(dated.dateline(), places.ofArticle(dated, ukraine, Optional.empty(), true), "Ukraine's own");
        assertEquals(dated.dateline(), places.ofArticle(dated, russia, Optional.of(ukraine), false), "an attack on it");
        assertTrue(places.ofArticle(dated, russia, Optional.of(britain), false).isEmpty(), "an act on another country");
    }

    @Test
    void aPlaceNounsOwnNameIsWhere() {
        // "A drone killed a civilian in the town of Grayvoron ."
        ParsedText p = Parses.text("A/a/DT drone/drone/NN killed/kill/VBD a/a/DT civilian/civilian/NN in/in/IN "
                + "the/the/DT town/town/NN of/of/IN Grayvoron/Grayvoron/NNP ./././.", "det(1,0) nsubj(2,1) root(-1,2) "
                + "det(4,3) obj(2,4) case(7,5) det(7,6) obl(2,7) case(9,8) nmod(7,9) punct(2,10)");
        List<Entity> entities = List.of(entity(p, "e1", "Grayvoron", EntityType.CITY, Optional.of("RUS")));
        Place town = places.place(new Tree(p.sentences().get(0)), List.of(2), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals("Grayvoron", town.name());
    }

    @Test
    void aPlaceInAClauseBesideTheEventsIsNotItsPlace() {
        // "Patients left for Egypt , but Israel refused ." : Egypt is where the patients went, not where Israel refused
        ParsedText p = Parses.text("Patients/patient/NNS left/leave/VBD for/for/IN hospitals/hospital/NNS in/in/IN "
                + "Egypt/Egypt/NNP ,/,/, but/but/CC Israel/Israel/NNP refused/refuse/VBD ./././.", "nsubj(1,0) root(-1,1) "
                + "case(3,2) obl(1,3) case(5,4) nmod(3,5) punct(9,6) cc(9,7) nsubj(9,8) conj(1,9) punct(1,10)");
        List<Entity> entities = List.of(entity(p, "e1", "Egypt", EntityType.COUNTRY, Optional.empty()));
        assertEquals(Optional.empty(), places.place(new Tree(p.sentences().get(0)), List.of(9), entities, NO_ARTICLE,
                true));
        // the patients' own clause keeps it
        assertTrue(places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false).isPresent());
    }

    @Test
    void nounsCoordinatedInOnePhraseShareItsPlace() {
        // "Six died in strikes and shelling in Kashmir ." : "shelling" is a noun conjunct, no clause of its own
        ParsedText p = Parses.text("Six/six/CD died/die/VBD in/in/IN strikes/strike/NNS and/and/CC shelling/shelling/NN "
                + "in/in/IN Kashmir/Kashmir/NNP ./././.", "nsubj(1,0) root(-1,1) case(3,2) obl(1,3) cc(5,4) conj(3,5) "
                + "case(7,6) nmod(5,7) punct(1,8)");
        List<Entity> entities = List.of(entity(p, "e1", "Kashmir", EntityType.LOCATION, Optional.empty()));
        Place kashmir = places.place(new Tree(p.sentences().get(0)), List.of(1), entities, NO_ARTICLE, false)
                .orElseThrow();
        assertEquals("Kashmir", kashmir.name());
    }
}
