package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.junit.jupiter.api.Test;

/**
 * #10: names the parser tags that are no entity (title words, party-state tags, products, region adjectives, lone
 * given names), and the country of US politicians, on hand-built parses of sentences written for these tests.
 */
class NonEntityNamesTest {
    private final EntityFinder finder = new EntityFinder();

    @Test
    void aPortfolioTaggedAsAnOrganisationIsPartOfTheTitle() {
        List<Entity> entities = finder.find(Texts.parse(
                "U.S./NNP/COUNTRY Defense/NNP/ORGANIZATION Secretary/NNP/TITLE Jane/NNP/PERSON Roe/NNP/PERSON "
                        + "flew/VBD to/TO Hanoi/NNP/CITY ./.",
                "Homeland/NNP/ORGANIZATION Security/NNP/ORGANIZATION Secretary/NNP/TITLE Ann/NNP/PERSON "
                        + "Poe/NNP/PERSON stayed/VBD ./."));
        Entity roe = named(entities, "Jane Roe");
        assertEquals(Optional.of("Defense Secretary"), roe.title());
        assertEquals(Optional.of("USA"), roe.country());
        assertEquals(Optional.of("Homeland Security Secretary"), named(entities, "Ann Poe").title());
        assertTrue(entities.stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), entities.toString());
    }

    @Test
    void stateInSecretaryOfStateAndHouseInHouseSpeakerAreNoOrganisations() {
        List<Entity> entities = finder.find(Texts.parse(
                "Secretary/NNP/TITLE of/IN State/NNP/ORGANIZATION Tom/NNP/PERSON Blank/NNP/PERSON met/VBD "
                        + "House/NNP/ORGANIZATION Speaker/NNP/TITLE Eve/NNP/PERSON Stone/NNP/PERSON ./."));
        assertEquals(List.of("Tom Blank", "Eve Stone"), entities.stream().map(Entity::name).toList());
        assertEquals(Optional.of("Speaker of the House"), named(entities, "Eve Stone").title());
    }

    @Test
    void aCompanyBeforeATitleThatTakesNoPortfolioStaysAnOrganisation() {
        List<Entity> entities = finder.find(Texts.parse(
                "Acme/NNP/ORGANIZATION chief/JJ/TITLE executive/NN/TITLE Jo/NNP/PERSON Bloggs/NNP/PERSON quit/VBD ./."));
        assertEquals(EntityType.ORGANIZATION, named(entities, "Acme").type());
    }

    @Test
    void partyStateTagsGiveUsaAndAreNoPlace() {
        List<Entity> entities = finder.find(Texts.parse(
                "Sen./NNP/TITLE Mary/NNP/PERSON Major/NNP/PERSON ,/, D-Ore./NNP/LOCATION ,/, objected/VBD ./.",
                "Rep./NNP/TITLE Carl/NNP/PERSON Dunn/NNP/PERSON ,/, a/DT Republican/NNP/MISC of/IN "
                        + "Ohio/NNP/STATE_OR_PROVINCE ,/, agreed/VBD ./.",
                "Gov./NNP/TITLE Rosa/NNP/PERSON Vale/NNP/PERSON of/IN Nevada/NNP/STATE_OR_PROVINCE spoke/VBD ./.",
                "Texas/NNP/STATE_OR_PROVINCE Gov./NNP/TITLE Hal/NNP/PERSON Bright/NNP/PERSON left/VBD ./."));
        for (String name : List.of("Mary Major", "Carl Dunn", "Rosa Vale", "Hal Bright")) {
            assertEquals(Optional.of("USA"), named(entities, name).country(), name);
        }
        assertEquals(Optional.of("Representative"), named(entities, "Carl Dunn").title());
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("D-Ore.")), entities.toString());
    }

    @Test
    void aUsOfficeGivesUsaOnlyInAnArticleAboutTheUnitedStates() {
        String senator = "Sen./NNP/TITLE Pat/NNP/PERSON Quill/NNP/PERSON voted/VBD no/RB ./.";
        assertEquals(Optional.empty(), named(finder.find(Texts.parse(senator)), "Pat Quill").country());
        List<Entity> us = finder.find(Texts.parse(senator, "The/DT bill/NN goes/VBZ to/TO Ohio/NNP/STATE_OR_PROVINCE ./."));
        assertEquals(Optional.of("USA"), named(us, "Pat Quill").country());
        // The text wins: a senator the text makes Filipino stays Filipino.
        List<Entity> ph = finder.find(Texts.parse(
                "Filipino/JJ/NATIONALITY Sen./NNP/TITLE Lito/NNP/PERSON Cruz/NNP/PERSON spoke/VBD in/IN "
                        + "the/DT U.S./NNP/COUNTRY ./."));
        assertEquals(Optional.of("PHL"), named(ph, "Lito Cruz").country());
    }

    @Test
    void productsAreNoPeopleOrOrganisations() {
        List<Entity> entities = finder.find(Texts.parse(
                "Acme/NNP/ORGANIZATION said/VBD Siri/NNP/PERSON will/MD run/VB on/IN the/DT Retina/NNP/ORGANIZATION "
                        + "MacBook/NNP/ORGANIZATION Pro/NNP/ORGANIZATION ./.",
                "Siri/NNP/PERSON Lindqvist/NNP/PERSON disagreed/VBD ./."));
        assertEquals(List.of("Acme", "Siri Lindqvist"), entities.stream().map(Entity::name).toList());
    }

    @Test
    void regionAdjectivesAreNoPlacesButDemonymsKeepTheirCountry() {
        List<Entity> entities = finder.find(Texts.parse(
                "Southeast/NNP/LOCATION Asian/JJ/LOCATION and/CC European/JJ/NATIONALITY envoys/NNS met/VBD "
                        + "South/NNP/NATIONALITY African/JJ/NATIONALITY traders/NNS ./."));
        assertEquals(List.of("South African"), entities.stream().map(Entity::name).toList());
        assertEquals(Optional.of("ZAF"), entities.get(0).country());
    }

    @Test
    void aLoneGivenNameJoinsTheFullNameBeforeItOrIsNoEntity() {
        List<Entity> entities = finder.find(Texts.parse(
                "Mike/NNP/PERSON Dunmore/NNP/PERSON arrived/VBD ./.",
                "Mike/NNP/PERSON/nsubj/1 smiled/VBD/O/root/-1 ./.",
                "Andrew/NNP/PERSON/nsubj/4 ,/, a/DT fisherman/NN/TITLE ,/, said/VBD/O/root/-1 his/PRP$/O/nmod:poss/6 "
                        + "catch/NN/O/nsubj/7 fell/VBD/O/ccomp/4 ./."));
        assertEquals(List.of("Mike Dunmore"), entities.stream().map(Entity::name).toList());
        assertEquals(List.of("Mike Dunmore", "Mike"), entities.get(0).mentions().stream().map(Mention::text).toList(),
                "\"his\" goes to the fisherman, who is no entity, and not to Dunmore");
    }

    @Test
    void aGivenNameAfterATitleIsASurname() {
        List<Entity> entities = finder.find(Texts.parse("Sen./NNP/TITLE Warren/NNP/PERSON voted/VBD ./."));
        assertEquals(List.of("Warren"), entities.stream().map(Entity::name).toList());
        List<Entity> lone = finder.find(Texts.parse("Sen./NNP/TITLE Andrew/NNP/PERSON voted/VBD ./."));
        assertEquals(List.of("Andrew"), lone.stream().map(Entity::name).toList());
    }

    @Test
    void aListedLeaderOutOfOfficeKeepsHisCountryButNoTitle() {
        Entity biden = finder.find(Texts.parse("Joe/NNP/PERSON Biden/NNP/PERSON campaigned/VBD ./."),
                LocalDate.of(2019, 6, 1)).get(0);
        assertEquals(Optional.of("USA"), biden.country());
        assertEquals(Optional.empty(), biden.title());
    }

    @Test
    void tablesLoadAndAnswer() {
        NonEntities n = NonEntities.load();
        assertTrue(n.product("iPhone 15 Pro Max"));
        assertFalse(n.product("Pro"));
        assertTrue(n.regionAdjective("South-East Asian"));
        assertFalse(n.regionAdjective("Asia"));
        assertTrue(n.givenName("Andrew"));
        assertFalse(n.givenName("Warren"));
        UsPolitics us = UsPolitics.load();
        assertEquals(Optional.of("California"), us.state("Calif."));
        assertEquals(Optional.of("New York"), us.state("NY"));
        assertTrue(us.tag("R-Texas"));
        assertTrue(us.tag("D-N.Y."));
        assertFalse(us.tag("X-Men"));
        assertTrue(us.office("Senator"));
        assertFalse(us.office("President"));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }
}
