package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@link EntityFinder} on the real CoreNLP parser, over the sample articles in test resources (written by us). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityFinderIT {
    private static final List<String> ARTICLES =
            List.of("lavrov-talks", "scholz-warsaw", "lavrov-kyiv", "ankara-grain", "baerbock-beijing");

    private CoreNlpParser parser;
    private EntityFinder finder;

    @BeforeAll
    void load() {
        parser = CoreNlpParser.defaults();
        finder = new EntityFinder();
    }

    @Test
    void lavrovIsOneEntityThroughSurnameNominalAndPronoun() {
        Entity lavrov = named(entities("lavrov-talks"), "Sergei Lavrov");
        assertEquals(EntityType.PERSON, lavrov.type());
        assertEquals(Optional.of("Foreign Minister"), lavrov.title());
        assertEquals(Optional.of("RUS"), lavrov.country());
        assertEquals(List.of("Sergei Lavrov", "Lavrov", "The minister", "He", "Lavrov"), texts(lavrov));
    }

    @Test
    void scholzGetsRoleAndCountryFromApposition() {
        Entity scholz = named(entities("scholz-warsaw"), "Olaf Scholz");
        assertEquals(Optional.of("Chancellor"), scholz.title());
        assertEquals(Optional.of("DEU"), scholz.country());
        assertEquals(List.of("Olaf Scholz", "The chancellor", "Scholz", "him"), texts(scholz));
    }

    @Test
    void possessiveCountryBeforeAppositionGivesRole() {
        Entity lavrov = named(entities("lavrov-kyiv"), "Sergei Lavrov");
        assertEquals(Optional.of("Foreign Minister"), lavrov.title());
        assertEquals(Optional.of("RUS"), lavrov.country());
        assertEquals(List.of("Sergei Lavrov", "his"), texts(lavrov));
    }

    // #9: "urged" shares the subject of "called", so "him" is not Trump; the one other man named before it is.
    @Test
    void anObjectPronounOfAConjoinedVerbIsNotItsSharedSubject() {
        List<Entity> entities = finder.find(parser.parse(
                "Chancellor Olaf Scholz called President Emmanuel Macron on Friday and thanked him for his support."));
        assertEquals(List.of("Emmanuel Macron", "him"), texts(named(entities, "Emmanuel Macron")));
        assertFalse(texts(named(entities, "Olaf Scholz")).contains("him"));
    }

    // #10: sentences written for this test in the shapes seen on held-out pages.
    @Test
    void titleWordsRegionAdjectivesProductsAndLoneGivenNamesAreNoEntities() {
        List<Entity> entities = finder.find(parser.parse(
                "U.S. Defense Secretary Mark Esper met his Vietnamese counterpart on Tuesday, and Secretary of State "
                        + "Mike Pompeo is due on Thursday. Southeast Asian governments are wary of the talks. "
                        + "\"We are not asking anyone to choose,\" Mike said. Andrew, a fisherman from Hue, said his "
                        + "catch had fallen by half. Apple said Siri would run on the new Retina MacBook Pro."));
        Entity esper = named(entities, "Mark Esper");
        assertEquals(Optional.of("Defense Secretary"), esper.title());
        assertEquals(Optional.of("USA"), esper.country());
        assertTrue(texts(named(entities, "Mike Pompeo")).contains("Mike"));
        Set<String> names = new HashSet<>();
        for (Entity e : entities) names.add(e.name());
        for (String none : List.of("Defense", "U.S. Defense", "State", "Asian", "Southeast Asian", "Andrew", "Siri",
                "Retina MacBook Pro", "MacBook Pro")) {
            assertFalse(names.contains(none), none + " in " + names);
        }
        assertEquals(EntityType.ORGANIZATION, named(entities, "Apple").type());
    }

    @Test
    void usPoliticiansGetTheirCountryFromTitleTagAndState() {
        List<Entity> entities = finder.find(parser.parse(
                "Sen. Elizabeth Warren, D-Mass., said the deal was a gift to corporations. Rep. Adam Schiff, a "
                        + "Democrat of California, called the talks a distraction. Gov. Greg Abbott of Texas praised "
                        + "the plan, and House Speaker Nancy Pelosi said Congress would hold hearings."));
        for (String name : List.of("Elizabeth Warren", "Adam Schiff", "Greg Abbott", "Nancy Pelosi")) {
            assertEquals(Optional.of("USA"), named(entities, name).country(), name);
        }
        assertEquals(Optional.of("Speaker of the House"), named(entities, "Nancy Pelosi").title());
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("D-Mass.") || e.name().equals("House")),
                entities.toString());
    }

    @Test
    void acronymJoinsItsOrganisation() {
        List<Entity> entities = entities("lavrov-talks");
        Entity nato = named(entities, "North Atlantic Treaty Organization");
        assertEquals(List.of("North Atlantic Treaty Organization", "NATO"), texts(nato));
        assertEquals(List.of("United Nations", "UN"), texts(named(entities("lavrov-kyiv"), "United Nations")));
    }

    @Test
    void capitalsAndDemonymsGiveCountries() {
        assertEquals(Optional.of("RUS"), named(entities("lavrov-talks"), "Moscow").country());
        assertEquals(Optional.of("BEL"), named(entities("lavrov-talks"), "Brussels").country());
        Entity kyiv = named(entities("lavrov-kyiv"), "Kyiv"); // tagged PERSON by the parser
        assertEquals(EntityType.CITY, kyiv.type());
        assertEquals(Optional.of("UKR"), kyiv.country());
        Entity french = named(entities("lavrov-talks"), "French");
        assertEquals(EntityType.NATIONALITY, french.type());
        assertEquals(Optional.of("FRA"), french.country());
    }

    @Test
    void photoCreditsYieldNoEntities() {
        for (String article : List.of("lavrov-talks", "scholz-warsaw")) {
            for (Entity e : entities(article)) {
                assertFalse(Set.of("Jane Doe", "Reuters", "Michael Sohn", "AP").contains(e.name()), e.toString());
            }
        }
    }

    @Test
    void nominalWithDemonymAndTopDiplomat() {
        String text = "Lavrov, Russia's top diplomat, arrived in Beijing on Monday. "
                + "The Russian diplomat met U.S. envoys later. The United States said the talks were useful.";
        List<Entity> entities = finder.find(parser.parse(text));
        Entity lavrov = named(entities, "Lavrov");
        assertEquals(Optional.of("Foreign Minister"), lavrov.title());
        assertEquals(Optional.of("RUS"), lavrov.country());
        assertEquals(List.of("Lavrov", "The Russian diplomat"), texts(lavrov));
        assertEquals(Optional.of("CHN"), named(entities, "Beijing").country());
        Entity us = named(entities, "United States");
        assertEquals(Optional.of("USA"), us.country());
        assertEquals(List.of("U.S.", "United States"), texts(us));
        assertSpansExact(text, entities);
    }

    @Test
    void familyNameFirstAndNoSheForAManOfUnknownGender() {
        List<Entity> entities = entities("baerbock-beijing");
        Entity wang = named(entities, "Wang Yi");
        assertEquals(List.of("Wang Yi", "Wang"), texts(wang)); // not "She" of "She replied", said after Baerbock
        assertEquals(Optional.of("CHN"), wang.country());
        assertEquals(List.of("Annalena Baerbock", "her", "Baerbock"), texts(named(entities, "Annalena Baerbock")));
        assertEquals(List.of("BEIJING", "Beijing"), texts(named(entities, "Beijing"))); // the dateline
        assertEquals(Optional.of("JPN"), named(entities, "Foreign Ministry").country()); // "Japan's Foreign Ministry"
    }

    @Test
    void countryNameAndPossessivePremodifiers() {
        String text = "U.S. Secretary of State Antony Blinken met Britain's Prime Minister Keir Starmer in London. "
                + "Blinken said the two countries agreed. The secretary of state later flew to Tel Aviv.";
        List<Entity> entities = finder.find(parser.parse(text));
        Entity blinken = named(entities, "Antony Blinken");
        assertEquals(Optional.of("Secretary of State"), blinken.title());
        assertEquals(Optional.of("USA"), blinken.country());
        assertEquals(List.of("Antony Blinken", "Blinken", "The secretary of state"), texts(blinken));
        Entity starmer = named(entities, "Keir Starmer");
        assertEquals(Optional.of("Prime Minister"), starmer.title());
        assertEquals(Optional.of("GBR"), starmer.country());
        assertSpansExact(text, entities);
    }

    @Test
    void pronounsNeedOneCandidateAndSignOffsYieldNothing() {
        String text = "French President Emmanuel Macron and German Chancellor Olaf Scholz met in Berlin. "
                + "He said they agreed. The fund's chief, Kristalina Georgieva, said she was pleased.\n"
                + "Reporting by John Smith in Moscow; Editing by Jane Roe";
        List<Entity> entities = finder.find(parser.parse(text));
        assertEquals(List.of("Emmanuel Macron"), texts(named(entities, "Emmanuel Macron")));
        assertEquals(List.of("Olaf Scholz"), texts(named(entities, "Olaf Scholz")));
        assertEquals(List.of("Kristalina Georgieva", "she"), texts(named(entities, "Kristalina Georgieva")));
        for (Entity e : entities) {
            assertFalse(Set.of("John Smith", "Jane Roe", "Moscow").contains(e.name()), e.toString());
        }
    }

    @Test
    void mentionSpansMatchTheTextAndAreInOrder() {
        for (String article : ARTICLES) {
            String text = resource(article + ".txt");
            assertSpansExact(text, finder.find(parser.parse(text)));
        }
    }

    @Test
    void goldArticlesScore() throws IOException {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (String article : ARTICLES) {
            Set<List<String>> expected = goldTuples(article);
            Set<List<String>> found = new HashSet<>();
            for (Entity e : entities(article)) found.add(tuple(e));
            Set<List<String>> hit = new HashSet<>(found);
            hit.retainAll(expected);
            tp += hit.size();
            predicted += found.size();
            gold += expected.size();
            Set<List<String>> missed = new HashSet<>(expected);
            missed.removeAll(found);
            Set<List<String>> extra = new HashSet<>(found);
            extra.removeAll(expected);
            System.out.printf("entities %-14s P=%.2f R=%.2f missed=%s extra=%s%n", article,
                    (double) hit.size() / found.size(), (double) hit.size() / expected.size(), missed, extra);
        }
        double p = (double) tp / predicted;
        double r = (double) tp / gold;
        System.out.printf("entities ALL P=%.3f R=%.3f F1=%.3f (%d gold, %d found, %d right)%n", p, r,
                2 * p * r / (p + r), gold, predicted, tp);
        assertTrue(p >= 0.8 && r >= 0.8, "precision and recall fell below 0.8");
    }

    private Set<List<String>> goldTuples(String article) throws IOException {
        JsonNode root = new ObjectMapper().readTree(resource(article + ".gold.json"));
        Set<List<String>> out = new HashSet<>();
        for (JsonNode e : root.get("entities")) {
            out.add(List.of(e.get("name").asText(), e.get("type").asText(),
                    e.get("country").isNull() ? "-" : e.get("country").asText(),
                    e.get("title").isNull() ? "-" : e.get("title").asText()));
        }
        return out;
    }

    private static List<String> tuple(Entity e) {
        return List.of(e.name(), e.type().name(), e.country().orElse("-"), e.title().orElse("-"));
    }

    private static void assertSpansExact(String text, List<Entity> entities) {
        for (Entity e : entities) {
            int previous = -1;
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.span().start(), m.span().end()), e.toString());
                assertTrue(m.span().start() > previous, "mentions out of order in " + e);
                previous = m.span().start();
            }
        }
    }

    private List<Entity> entities(String article) {
        List<Entity> entities = finder.find(parser.parse(resource(article + ".txt")));
        return entities;
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + entities));
    }

    private static List<String> texts(Entity e) {
        List<String> out = new ArrayList<>();
        for (Mention m : e.mentions()) out.add(m.text());
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = EntityFinderIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
