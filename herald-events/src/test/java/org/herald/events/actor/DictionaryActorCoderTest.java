package org.herald.events.actor;

import static org.herald.events.actor.Trees.entity;
import static org.herald.events.actor.Trees.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.text.Sentence;
import org.junit.jupiter.api.Test;

class DictionaryActorCoderTest {
    private final DictionaryActorCoder coder = new DictionaryActorCoder();

    private String code(Sentence s, int head, Entity... entities) {
        return coder.code(s, head, List.of(entities)).map(Actor::code).orElse("none");
    }

    @Test
    void countryNameIsItsAlpha3Code() {
        Sentence s = sentence("Russia/NNP denied/VBD it/PRP", "nsubj 1 0", "root -1 1", "obj 1 2");
        assertEquals("RUS", code(s, 0));
    }

    @Test
    void aCounterpartIsAnOfficialOfItsCountry() {
        Sentence s = sentence("his/PRP$ Georgian/JJ counterpart/NN arrived/VBD", "nmod:poss 2 0", "amod 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("GEOGOV", code(s, 2));
    }

    @Test
    void ownerlessAgentsAreMarkedSoAnotherStageCanPlaceThem() {
        // "the police" codes COP; a nearby country may own it (issue #4). RUS and RUSCOP already have an owner.
        Sentence s = sentence("the/DT police/NNS arrested/VBD", "det 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("COP", code(s, 1));
        assertTrue(coder.isOwnerless("COP"));
        assertTrue(!coder.isOwnerless("RUS") && !coder.isOwnerless("RUSCOP"));
    }

    @Test
    void countriesAreNamedByNamesCitiesAndDemonymsNotByBlocs() {
        Sentence s = sentence("Kenyan/JJ police/NNS in/IN Kharkiv/NNP and/CC Western/JJ troops/NNS",
                "amod 1 0", "case 3 2", "nmod 1 3", "cc 6 4", "amod 6 5", "conj 1 6");
        assertEquals(Optional.of("KEN"), coder.countryNamedAt(s, 0));
        assertEquals(Optional.empty(), coder.countryNamedAt(s, 1));
        assertEquals(Optional.of("UKR"), coder.countryNamedAt(s, 3));
        assertEquals(Optional.empty(), coder.countryNamedAt(s, 5));
    }

    @Test
    void theAlliesOfAnotherActorAreNotCodedOnTheirOwn() {
        // "the US and its allies": CAMEO has no code for "the US's allies", so the conjunct is dropped.
        Sentence s = sentence("the/DT US/NNP and/CC its/PRP$ allies/NNS condemned/VBD", "det 1 0", "nsubj 5 1",
                "cc 4 2", "nmod:poss 4 3", "conj 1 4", "root -1 5");
        assertEquals(List.of("USA"), coder.codeAll(s, 1, List.of()).stream().map(Actor::code).toList());
    }

    @Test
    void aDepartmentWithACountryModifierIsThatCountrysGovernment() {
        // "the US State department", lower-case, which the name "State Department" misses (issue 4)
        Sentence s = sentence("the/DT US/NNP State/NNP department/NN said/VBD",
                "det 3 0", "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4");
        assertEquals("USAGOV", code(s, 3));
    }

    @Test
    void opponentsOfAGovernmentAreItsCountrysOpposition() {
        Sentence s = sentence("opponents/NNS/opponent of/IN Rwanda/NNP 's/POS government/NN protested/VBD",
                "nsubj 5 0", "case 4 1", "nmod:poss 4 2", "case 2 3", "nmod 0 4", "root -1 5");
        assertEquals("RWAOPP", code(s, 0));
    }

    @Test
    void aReportSpeaksForWhoeverWroteIt() {
        Sentence s = sentence("a/DT report/NN by/IN Human/NNP Rights/NNPS Watch/NNP accused/VBD Syria/NNP",
                "det 1 0", "nsubj 6 1", "case 5 2", "compound 4 3", "compound 5 4", "nmod 1 5", "root -1 6",
                "obj 6 7");
        assertEquals("NGOHRI", code(s, 1));
        assertEquals("NGOHRI", code(s, 5), "a name whose words hang from one another: Human ← Rights ← Watch");
        Sentence alone = sentence("the/DT report/NN said/VBD", "det 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("none", code(alone, 1));
    }

    @Test
    void capitalIsItsCountryNotItsGovernment() {
        Sentence s = sentence("Moscow/NNP denies/VBZ", "nsubj 1 0", "root -1 1");
        assertEquals("RUS", code(s, 0));
    }

    @Test
    void citiesOtherThanCapitalsAreNoActors() {
        Sentence s = sentence("Kharkiv/NNP was/VBD shelled/VBN", "nsubj:pass 2 0", "aux:pass 2 1", "root -1 2");
        assertEquals("none", code(s, 0));
    }

    @Test
    void personIsCodedByTitleAndCountryOfTheEntity() {
        Sentence s = sentence("Lavrov/NNP said/VBD", "nsubj 1 0", "root -1 1");
        Entity lavrov = entity(s, 0, EntityType.PERSON, Optional.of("Foreign Minister"), Optional.of("RUS"));
        Actor a = coder.code(s, 0, List.of(lavrov)).orElseThrow();
        assertEquals(new Actor("Lavrov", "RUSGOV", Optional.of("e1")), a);
    }

    @Test
    void personWithCountryButNoRoleIsTheCountry() {
        Sentence s = sentence("Navalny/NNP said/VBD", "nsubj 1 0", "root -1 1");
        Entity e = entity(s, 0, EntityType.PERSON, Optional.empty(), Optional.of("RUS"));
        assertEquals("RUS", code(s, 0, e));
    }

    @Test
    void personWithNeitherRoleNorCountryIsNoActor() {
        Sentence s = sentence("Smith/NNP said/VBD", "nsubj 1 0", "root -1 1");
        assertEquals("none", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.empty(), Optional.empty())));
    }

    @Test
    void titleAndDemonymBeforeANameCodeWithoutAnEntity() {
        Sentence s = sentence("Russian/JJ Foreign/NNP Minister/NNP Sergei/NNP Lavrov/NNP said/VBD",
                "amod 4 0", "compound 4 1", "compound 4 2", "compound 4 3", "nsubj 5 4", "root -1 5");
        Actor a = coder.code(s, 4, List.of()).orElseThrow();
        assertEquals("RUSGOV", a.code());
        assertEquals("Russian Foreign Minister Sergei Lavrov", a.name());
    }

    @Test
    void demonymAndAgentNoun() {
        assertEquals("RUSMIL", code(sentence("Russian/JJ troops/NNS/troop", "amod 1 0"), 1));
        assertEquals("UKRMIL", code(sentence("Ukrainian/JJ forces/NNS/force", "amod 1 0"), 1));
        assertEquals("DEUGOV", code(sentence("German/JJ officials/NNS/official", "amod 1 0"), 1));
        assertEquals("IRNOPP", code(sentence("Iranian/JJ protesters/NNS/protester", "amod 1 0"), 1));
        assertEquals("RUSMIL", code(sentence("the/DT Russian/JJ Defence/NNP Ministry/NNP",
                "det 3 0", "amod 3 1", "compound 3 2"), 3));
    }

    @Test
    void longestAgentPhraseWins() {
        assertEquals("EGYCOP", code(sentence("Egyptian/JJ security/NN forces/NNS/force",
                "amod 2 0", "compound 2 1"), 2));
    }

    @Test
    void possessorGivesTheCountry() {
        Sentence army = sentence("Russia/NNP 's/POS army/NN", "nmod:poss 2 0", "case 0 1");
        Actor a = coder.code(army, 2, List.of()).orElseThrow();
        assertEquals("RUSMIL", a.code());
        assertEquals("Russia's army", a.name());
        assertEquals("UKRGOV", code(sentence("Ukraine/NNP 's/POS president/NN", "nmod:poss 2 0", "case 0 1"), 2));
        assertEquals("RUSGOV", code(sentence("the/DT president/NN of/IN Russia/NNP",
                "det 1 0", "nmod 1 3", "case 3 2"), 1));
    }

    @Test
    void organisationsByNameAcronymAndWithAgents() {
        assertEquals("IGOWSTNAT", code(sentence("NATO/NNP", "root -1 0"), 0));
        assertEquals("IGOEUREEC", code(sentence("the/DT European/NNP Union/NNP", "det 2 0", "compound 2 1"), 2));
        assertEquals("IGOUNO", code(sentence("the/DT U.N./NNP", "det 1 0"), 1));
        assertEquals("IGOWSTNATMIL", code(sentence("NATO/NNP forces/NNS/force", "compound 1 0"), 1));
        assertEquals("IGOUNO", code(sentence("UN/NNP officials/NNS/official", "compound 1 0"), 1));
        assertEquals("IGOEUREEC", code(sentence("the/DT European/NNP Union/NNP 's/POS envoy/NN",
                "det 2 0", "compound 2 1", "nmod:poss 4 2", "case 2 3"), 4));
    }

    @Test
    void blocsAndSeatsOfGovernment() {
        assertEquals("WST", code(sentence("the/DT West/NNP", "det 1 0"), 1));
        assertEquals("WST", code(sentence("Western/JJ powers/NNS/power", "amod 1 0"), 1));
        assertEquals("WSTGOV", code(sentence("Western/JJ officials/NNS/official", "amod 1 0"), 1));
        assertEquals("RUSGOV", code(sentence("the/DT Kremlin/NNP", "det 1 0"), 1));
        assertEquals("USAGOV", code(sentence("the/DT White/NNP House/NNP", "det 2 0", "compound 2 1"), 2));
        assertEquals("USAGOV", code(sentence("a/DT White/NNP House/NNP spokesman/NN",
                "det 3 0", "compound 3 1", "compound 3 2"), 3));
        assertEquals("GBRGOV", code(sentence("Downing/NNP Street/NNP", "compound 1 0"), 1));
    }

    @Test
    void armedGroupsCarryTheirCountryAndAgent() {
        assertEquals("PSEREB", code(sentence("Hamas/NNP", "root -1 0"), 0));
        assertEquals("LBNREB", code(sentence("Hezbollah/NNP fighters/NNS/fighter", "compound 1 0"), 1));
    }

    @Test
    void titleWrittenBeforeTheNameWinsOverTheEntitysTitle() {
        Sentence s = sentence("UN/NNP Secretary/NNP -/HYPH General/NNP Antonio/NNP Guterres/NNP",
                "compound 3 0", "compound 3 1", "punct 3 2", "compound 5 3", "compound 5 4");
        Entity guterres = entity(s, 5, EntityType.PERSON, Optional.of("General"), Optional.empty());
        assertEquals("IGOUNO", code(s, 5, guterres));
    }

    @Test
    void titleIsReadFromItsLastWordThatNamesAnAgent() {
        Sentence s = sentence("Blinken/NNP", "root -1 0");
        assertEquals("GOV", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.of("Secretary of State"),
                Optional.empty())));
        assertEquals("USA", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.of("Poet Laureate"),
                Optional.of("USA"))));
    }

    @Test
    void aGoBetweensTitleFromElsewhereMakesNoGovernmentManWithoutACountry() {
        Sentence s = sentence("McEnaney/NNP", "root -1 0");
        assertEquals("none", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.of("Spokesperson"),
                Optional.empty())), "a nursery's spokesperson");
        assertEquals("GBRGOV", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.of("Spokesperson"),
                Optional.of("GBR"))));
    }

    @Test
    void aPersonsNameIsNoTitle() {
        Sentence s = sentence("King/NNP", "root -1 0");
        assertEquals("none", code(s, 0, entity(s, 0, EntityType.PERSON, Optional.empty(), Optional.empty())),
                "Gayle King is no king");
    }

    @Test
    void agentWithoutOwnerIsTheAgentAlone() {
        assertEquals("REB", code(sentence("the/DT rebels/NNS/rebel", "det 1 0"), 1));
        assertEquals("COP", code(sentence("police/NNS", "root -1 0"), 0));
    }

    @Test
    void peopleNounsOfADemonymAreTheirCountry() {
        assertEquals("RUS", code(sentence("the/DT Russians/NNPS/Russians", "det 1 0"), 1));
        assertEquals("ISR", code(sentence("Israelis/NNPS/Israeli", "root -1 0"), 0));
        assertEquals("TUR", code(sentence("Turks/NNPS/Turk", "root -1 0"), 0));
        assertEquals("CHE", code(sentence("the/DT Swiss/NNPS", "det 1 0"), 1));
        assertEquals("KUR", code(sentence("Kurds/NNPS/Kurd", "root -1 0"), 0), "CAMEO's ethnic code (peoples.tsv)");
    }

    @Test
    void historicStatesHaveTheirCameoCodes() {
        assertEquals("USR", code(sentence("the/DT Soviet/NNP Union/NNP", "det 2 0", "compound 2 1"), 2));
        assertEquals("YUG", code(sentence("Yugoslavia/NNP expelled/VBD", "nsubj 1 0", "root -1 1"), 0));
        assertEquals("USRMIL", code(sentence("Soviet/JJ troops/NNS/troop", "amod 1 0"), 1));
        assertEquals("COD", code(sentence("Zaire/NNP", "root -1 0"), 0));
    }

    @Test
    void headOfAnOrganisationIsTheOrganisation() {
        Sentence s = sentence("Guterres/NNP said/VBD", "nsubj 1 0", "root -1 1");
        Entity e = entity(s, 0, EntityType.PERSON, Optional.of("Secretary-General"), Optional.of("IGOUNO"));
        assertEquals("IGOUNO", code(s, 0, e));
    }

    @Test
    void thingsAreNoActors() {
        assertEquals("none", code(sentence("prices/NNS/price", "root -1 0"), 0));
        assertEquals("none", code(sentence("the/DT weather/NN", "det 1 0"), 1));
        assertEquals("none", code(sentence("the/DT report/NN", "det 1 0"), 1));
        assertEquals("none", code(sentence("Russian/JJ gas/NN", "amod 1 0"), 1));
        assertEquals("none", code(sentence("government/NN spending/NN", "compound 1 0"), 1));
        assertEquals("none", code(sentence("Western/JJ powers/NNS/power", "amod 1 0"), 0));
    }

    @Test
    void appositionCodesAnUnknownName() {
        Sentence s = sentence("Sergei/NNP Lavrov/NNP ,/, Russia/NNP 's/POS foreign/JJ minister/NN ,/, said/VBD",
                "compound 1 0", "punct 1 2", "appos 1 6", "nmod:poss 6 3", "case 3 4", "amod 6 5", "punct 1 7",
                "nsubj 8 1", "root -1 8");
        Actor a = coder.code(s, 1, List.of()).orElseThrow();
        assertEquals("RUSGOV", a.code());
        assertEquals("Sergei Lavrov, Russia's foreign minister", a.name());
    }

    @Test
    void conjunctsAreCodedOneByOne() {
        Sentence s = sentence("France/NNP and/CC Germany/NNP agreed/VBD",
                "nsubj 3 0", "cc 2 1", "conj 0 2", "root -1 3");
        assertEquals(new Actor("France", "FRA", Optional.empty()), coder.code(s, 0, List.of()).orElseThrow());
        assertEquals(List.of("FRA", "DEU"), coder.codeAll(s, 0, List.of()).stream().map(Actor::code).toList());
        Sentence allies = sentence("the/DT US/NNP and/CC its/PRP$ allies/NNS/ally",
                "det 1 0", "cc 4 2", "nmod:poss 4 3", "conj 1 4");
        List<Actor> all = coder.codeAll(allies, 1, List.of());
        assertEquals(List.of(new Actor("the US", "USA", Optional.empty())), all);
    }

    @Test
    void headOutsideTheSentenceIsACallerMistake() {
        Sentence s = sentence("Russia/NNP", "root -1 0");
        assertTrue(assertThrowsIae(() -> coder.code(s, 5, List.of())));
    }

    private static boolean assertThrowsIae(Runnable r) {
        try {
            r.run();
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    @Test
    void ethnicAndReligiousGroupsTakeTheirCameoCodes() {
        // Issue #4: "Kurds" and "Sunnis" were uncodable sources.
        Sentence kurds = sentence("the/DT Kurds/NNPS protested/VBD", "det 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("KUR", code(kurds, 1));
        Sentence sunnis = sentence("Sunnis/NNPS voted/VBD", "nsubj 1 0", "root -1 1");
        assertEquals("MOSSUN", code(sunnis, 0));
        Sentence militias = sentence("Shiite/JJ militants/NNS/militant attacked/VBD", "amod 1 0", "nsubj 2 1",
                "root -1 2");
        assertEquals("MOSSHIREB", code(militias, 1));
        Sentence iraqi = sentence("Iraqi/JJ Kurds/NNPS voted/VBD", "amod 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("IRQ", code(iraqi, 1));
    }

    @Test
    void aFirstNameIsNotAFaith() {
        Sentence s = sentence("Christian/NNP Wulff/NNP said/VBD", "compound 1 0", "nsubj 2 1", "root -1 2");
        Entity wulff = entity(s, 1, EntityType.PERSON, Optional.empty(), Optional.empty());
        assertEquals("none", code(s, 1, wulff));
    }

    @Test
    void organisationsArmedGroupsAndFormerCapitalsAreNamed() {
        Sentence icg = sentence("the/DT International/NNP Crisis/NNP Group/NNP said/VBD", "det 3 0", "compound 3 1",
                "compound 3 2", "nsubj 4 3", "root -1 4");
        assertEquals("NGOICG", code(icg, 3));
        Sentence apec = sentence("the/DT APEC/NNP forum/NN agreed/VBD", "det 2 0", "compound 2 1", "nsubj 3 2",
                "root -1 3");
        assertEquals("IGOBUS", code(apec, 2));
        Sentence hizbollah = sentence("Hizbollah/NNP fighters/NNS/fighter fired/VBD", "compound 1 0", "nsubj 2 1",
                "root -1 2");
        assertEquals("LBNREB", code(hizbollah, 1));
        Sentence bonn = sentence("Bonn/NNP protested/VBD", "nsubj 1 0", "root -1 1");
        assertEquals("DEU", code(bonn, 0));
    }

    @Test
    void theRepublicOfACountryIsThatCountry() {
        Sentence s = sentence("the/DT republic/NN of/IN Chad/NNP said/VBD", "det 1 0", "case 3 2", "nmod 1 3",
                "nsubj 4 1", "root -1 4");
        assertEquals("TCD", code(s, 1));
        Sentence gov = sentence("the/DT government/NN of/IN Chad/NNP said/VBD", "det 1 0", "case 3 2", "nmod 1 3",
                "nsubj 4 1", "root -1 4");
        assertEquals("TCDGOV", code(gov, 1));
    }

    // An entity "e9" mentioned once, by tokens from..to of the sentence (inclusive).
    private static Entity named(Sentence s, int from, int to, EntityType type, Optional<String> country) {
        org.herald.model.Span span = new org.herald.model.Span(s.tokens().get(from).span().start(),
                s.tokens().get(to).span().end());
        String text = s.tokens().subList(from, to + 1).stream().map(t -> t.text())
                .reduce((a, b) -> a + " " + b).orElseThrow();
        return new Entity("e9", text, type, Optional.empty(), country,
                List.of(new org.herald.model.analysis.Mention(span, text)));
    }

    @Test
    void aUsStateIsTheUnitedStatesNotTheCountryThatSharesAWord() {
        // #9: "New Mexico officials" were coded MEXGOV.
        Sentence s = sentence("New/NNP Mexico/NNP police/NNS/police arrived/VBD", "compound 1 0", "compound 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("USACOP", code(s, 2, named(s, 0, 1, EntityType.STATE_OR_PROVINCE, Optional.empty())));
        Sentence jersey = sentence("New/NNP Jersey/NNP lawmakers/NNS/lawmaker voted/VBD", "compound 1 0",
                "compound 2 1", "nsubj 3 2", "root -1 3");
        assertEquals("USALEG", code(jersey, 2));
    }

    @Test
    void aWordInsideALongerPlaceNameIsNoBlocOrCountry() {
        // #9: "the commander of Kowloon West district" was WSTMIL; here a district named after a country.
        Sentence s = sentence("Kowloon/NNP West/NNP police/NNS/police arrived/VBD", "compound 1 0", "compound 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("COP", code(s, 2, named(s, 0, 1, EntityType.LOCATION, Optional.empty())));
        Sentence jordan = sentence("the/DT mayor/NN of/IN Jordan/NNP Valley/NNP spoke/VBD", "det 1 0", "case 4 2",
                "compound 4 3", "nmod 1 4", "nsubj 5 1", "root -1 5");
        assertEquals("GOV", code(jordan, 1, named(jordan, 3, 4, EntityType.LOCATION, Optional.empty())));
    }

    @Test
    void aNameThatIncludesTheHeadKeepsItsCountry() {
        // "Kenya Defence Forces" are Kenya's: the longer name is the actor itself, not a place it is in.
        Sentence s = sentence("Kenya/NNP Defence/NNP Forces/NNPS/force fired/VBD", "compound 2 0", "compound 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("KENMIL", code(s, 2, named(s, 0, 2, EntityType.ORGANIZATION, Optional.empty())));
    }

    @Test
    void aPersonsOrACompanysNameCarriesNoCountryOrBlocOfItsWords() {
        // #9: "Prof Steve West" and "Avanti West Coast" were WST, "Chad Hull" TCD.
        Sentence west = sentence("Steve/NNP West/NNP spoke/VBD", "compound 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("none", code(west, 1, named(west, 0, 1, EntityType.PERSON, Optional.empty())));
        Sentence avanti = sentence("Avanti/NNP West/NNP Coast/NNP said/VBD", "compound 2 0", "compound 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("none", code(avanti, 2, named(avanti, 0, 2, EntityType.ORGANIZATION, Optional.empty())));
    }

    @Test
    void aCompanysPeopleAreBusinessNotTheirGovernment() {
        // #9: "Alibaba spokesperson" was CHNGOV in a story about China.
        Sentence s = sentence("Huawei/NNP spokesman/NN Joe/NNP Kelly/NNP said/VBD", "compound 3 0", "compound 3 1",
                "compound 3 2", "nsubj 4 3", "root -1 4");
        assertEquals("BUS", code(s, 3, named(s, 0, 0, EntityType.ORGANIZATION, Optional.empty())));
        Sentence ltd = sentence("Nordic/NNP Gold/NNP Mining/NNP Ltd/NNP denied/VBD", "compound 3 0", "compound 3 1",
                "compound 3 2", "nsubj 4 3", "root -1 4");
        assertEquals("BUS", code(ltd, 3, named(ltd, 0, 3, EntityType.ORGANIZATION, Optional.empty())));
        Sentence indian = sentence("Indian/JJ conglomerate/NN Tata/NNP Group/NNP denied/VBD", "amod 3 0",
                "compound 3 1", "compound 3 2", "nsubj 4 3", "root -1 4");
        assertEquals("INDBUS", code(indian, 3, named(indian, 2, 3, EntityType.ORGANIZATION, Optional.empty())));
    }

    @Test
    void aLeadersNameBeforeTheGovernmentGivesItsCountry() {
        // #9: "the Trump administration" was coded from the story's country; the person's country is the evidence.
        Sentence s = sentence("the/DT Modi/NNP government/NN rejected/VBD", "det 2 0", "compound 2 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("INDGOV", code(s, 2, named(s, 1, 1, EntityType.PERSON, Optional.of("IND"))));
        Sentence poss = sentence("Erdogan/NNP 's/POS spokesman/NN said/VBD", "nmod:poss 2 0", "case 0 1",
                "nsubj 3 2", "root -1 3");
        assertEquals("TURGOV", code(poss, 2, named(poss, 0, 0, EntityType.PERSON, Optional.of("TUR"))));
    }

    @Test
    void aPeoplesExpertsAreThatPeoplesButExpertsAloneAreNoActor() {
        Sentence s = sentence("Croatian/JJ experts/NNS/expert criticised/VBD", "amod 1 0", "nsubj 2 1", "root -1 2");
        assertEquals("HRV", code(s, 1));
        Sentence alone = sentence("experts/NNS/expert criticised/VBD", "nsubj 1 0", "root -1 1");
        assertEquals("none", code(alone, 0));
    }

    @Test
    void aTitleWhoseHeadComesFirstIsAnAgent() {
        Sentence s = sentence("the/DT Polish/JJ head/NN of/IN state/NN arrived/VBD", "det 2 0", "amod 2 1",
                "case 4 3", "nmod 2 4", "nsubj 5 2", "root -1 5");
        assertEquals("POLGOV", code(s, 2));
    }

    @Test
    void anArmedActIsItsDoersAndAGroupItsNames() {
        Sentence s = sentence("a/DT bombing/NN by/IN the/DT Islamic/NNP State/NNP group/NN killed/VBD",
                "det 1 0", "case 6 2", "det 6 3", "compound 5 4", "compound 6 5", "nmod 1 6", "nsubj 7 1",
                "root -1 7");
        assertEquals("IMG", code(s, 6));
        assertEquals("IMG", code(s, 1));
        // "an attack from the north": only "by" names the doer of an act.
        Sentence from = sentence("an/DT attack/NN from/IN Russia/NNP", "det 1 0", "case 3 2", "nmod 1 3");
        assertEquals("none", code(from, 1));
        // a group of people is those people, not the group
        Sentence of = sentence("a/DT group/NN of/IN Kenyan/JJ students/NNS/student", "det 1 0", "case 4 2", "amod 4 3",
                "nmod 1 4");
        assertEquals("KENEDU", code(of, 1));
    }

    @Test
    void aHoldingIsTheSideItsModifierNames() {
        Sentence camp = sentence("an/DT army/NN camp/NN", "det 2 0", "compound 2 1");
        assertEquals("MIL", code(camp, 2));
        Sentence held = sentence("rebel/NN -/HYPH held/VBN/hold areas/NNS/area", "obl 2 0", "punct 2 1", "amod 3 2");
        assertEquals("REB", code(held, 3));
        Sentence named = sentence("Russian/JJ positions/NNS/position", "amod 1 0");
        assertEquals("RUS", code(named, 1));
        Sentence bare = sentence("a/DT camp/NN", "det 1 0");
        assertEquals("none", code(bare, 1));
    }

    @Test
    void airStrikesActForTheirAirForce() {
        Sentence s = sentence("Syrian/JJ air/NN strikes/NNS/strike hit/VBD", "amod 2 0", "compound 2 1", "nsubj 3 2",
                "root -1 3");
        assertEquals("SYRMIL", code(s, 2));
    }
}
