package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/** Rules of {@link EntityFinder} on hand-built parses; {@code EntityFinderIT} runs the real parser. */
class EntityFinderTest {
    private final EntityFinder finder = new EntityFinder();

    @Test
    void surnameNominalAndPronounJoinTheFullName() {
        ParsedText parsed = Texts.parse(
                "Russian/JJ/NATIONALITY/amod/2 Foreign/NNP/TITLE/compound/2 Minister/NNP/TITLE/compound/4 "
                        + "Sergei/NNP/PERSON/compound/4 Lavrov/NNP/PERSON/nsubj/5 met/VBD/O/root/-1 envoys/NNS ./.",
                "The/DT/O/det/1 minister/NN/TITLE/nsubj/2 said/VBD/O/root/-1 Moscow/NNP/CITY/nsubj/4 "
                        + "wanted/VBD/O/ccomp/2 talks/NNS ./.",
                "He/PRP/O/nsubj/1 added/VBD/O/root/-1 that/IN Lavrov/NNP/PERSON 's/POS aides/NNS agreed/VBD ./.");
        List<Entity> entities = finder.find(parsed);
        Entity lavrov = entities.get(0);
        assertEquals("e1", lavrov.id());
        assertEquals("Sergei Lavrov", lavrov.name());
        assertEquals(Optional.of("Foreign Minister"), lavrov.title());
        assertEquals(Optional.of("RUS"), lavrov.country());
        assertEquals(List.of("Sergei Lavrov", "The minister", "He", "Lavrov"), texts(lavrov));
        Entity moscow = entities.get(1);
        assertEquals(EntityType.CITY, moscow.type());
        assertEquals(Optional.of("RUS"), moscow.country());
        assertEquals(2, entities.size(), "the demonym of the role is no entity of its own: " + entities);
    }

    @Test
    void wellKnownOfficeHolderWithoutRoleInTheTextGetsItFromTheTable() {
        ParsedText parsed = Texts.parse(
                "Putin/NNP/PERSON/nsubj/1 accused/VBD/O/root/-1 the/DT West/NNP/LOCATION ./.",
                "Jane/NNP/PERSON Smith/NNP/PERSON disagreed/VBD ./.");
        List<Entity> entities = finder.find(parsed);
        assertEquals(Optional.of("President"), entities.get(0).title());
        assertEquals(Optional.of("RUS"), entities.get(0).country());
        Entity smith = entities.stream().filter(e -> e.name().equals("Jane Smith")).findFirst().orElseThrow();
        assertEquals(Optional.empty(), smith.country());
    }

    @Test
    void aLeadersNameTaggedAsAnOrganisationStillGetsTheTablesCountry() {
        // #9: NER tags "Trump" in "the Trump administration" ORGANIZATION; the administration is still the USA's.
        ParsedText parsed = Texts.parse(
                "the/DT/O/det/2 Erdogan/NNP/ORGANIZATION/compound/2 government/NN/O/nsubj/3 resigned/VBD/O/root/-1 ./.");
        Entity erdogan = finder.find(parsed).get(0);
        assertEquals(EntityType.ORGANIZATION, erdogan.type());
        assertEquals(Optional.of("TUR"), erdogan.country());
    }

    @Test
    void textEvidenceWinsOverTheLeaderTable() {
        ParsedText parsed = Texts.parse(
                "Bulgarian/JJ/NATIONALITY/amod/1 Minister/NNP/TITLE/compound/3 Igor/NNP/PERSON/compound/3 "
                        + "Ivanov/NNP/PERSON/nsubj/4 spoke/VBD/O/root/-1 ./.",
                "Deputy/NNP/TITLE Prime/NNP/TITLE Minister/NNP/TITLE Olaf/NNP/PERSON Scholz/NNP/PERSON spoke/VBD ./.");
        List<Entity> entities = finder.find(parsed);
        assertEquals(Optional.of("BGR"), entities.get(0).country());
        assertEquals(Optional.of("Minister"), entities.get(0).title());
        Entity scholz = entities.stream().filter(e -> e.name().equals("Olaf Scholz")).findFirst().orElseThrow();
        assertEquals(Optional.of("Deputy Prime Minister"), scholz.title());
        assertEquals(Optional.of("DEU"), scholz.country(), "the table fills only what the text leaves open");
    }

    @Test
    void nominalWithTwoCandidatesStaysUnlinked() {
        ParsedText parsed = Texts.parse(
                "Foreign/NNP/TITLE Minister/NNP/TITLE Sergei/NNP/PERSON Lavrov/NNP/PERSON met/VBD "
                        + "Foreign/NNP/TITLE Minister/NNP/TITLE Hakan/NNP/PERSON Fidan/NNP/PERSON ./.",
                "The/DT minister/NN/TITLE said/VBD no/DT ./.");
        for (Entity e : finder.find(parsed)) assertEquals(1, e.mentions().size(), e.toString());
    }

    @Test
    void objectPronounIsNotItsOwnVerbsSubject() {
        ParsedText parsed = Texts.parse(
                "Scholz/NNP/PERSON/nsubj/1 met/VBD/O/root/-1 President/NNP/TITLE Andrzej/NNP/PERSON/compound/4 "
                        + "Duda/NNP/PERSON/obj/1 ./.",
                "Duda/NNP/PERSON/nsubj/1 thanked/VBD/O/root/-1 him/PRP/O/obj/1 ./.");
        List<Entity> entities = finder.find(parsed);
        assertEquals(List.of("Scholz", "him"), texts(entities.get(0)));
        assertEquals(Optional.of("President"), entities.get(1).title());
    }

    @Test
    void pronounAfterTwoConjoinedSubjectsStaysUnlinked() {
        ParsedText parsed = Texts.parse(
                "Macron/NNP/PERSON/nsubj/3 and/CC Scholz/NNP/PERSON/conj/0 met/VBD/O/root/-1 ./.",
                "He/PRP/O/nsubj/1 said/VBD/O/root/-1 no/DT ./.");
        for (Entity e : finder.find(parsed)) assertEquals(1, e.mentions().size(), e.toString());
    }

    @Test
    void apposedNameIsTheSubjectForAPronoun() {
        ParsedText parsed = Texts.parse(
                "Scholz/NNP/PERSON/nsubj/1 spoke/VBD/O/root/-1 ./.",
                "The/DT/O/det/1 chief/NN/O/nsubj/5 ,/, Kristalina/NNP/PERSON/compound/4 "
                        + "Georgieva/NNP/PERSON/appos/1 said/VBD/O/root/-1 she/PRP/O/nsubj/7 agreed/VBD/O/ccomp/5 ./.");
        List<Entity> entities = finder.find(parsed);
        assertEquals(List.of("Kristalina Georgieva", "she"), texts(entities.get(1)));
    }

    @Test
    void pronounGenderKeepsSheOffMenAndOffUnknownsWhenAWomanIsAtHand() {
        ParsedText maleSubject = Texts.parse(
                "Sergei/NNP/PERSON/compound/1 Lavrov/NNP/PERSON/nsubj/2 spoke/VBD/O/root/-1 ./.",
                "She/PRP/O/nsubj/1 said/VBD/O/root/-1 no/DT ./.");
        assertEquals(List.of("Sergei Lavrov"), texts(finder.find(maleSubject).get(0)));

        ParsedText unknownSubject = Texts.parse(
                "Wang/NNP/PERSON/nsubj/1 told/VBD/O/root/-1 Annalena/NNP/PERSON/compound/3 "
                        + "Baerbock/NNP/PERSON/obj/1 ./.",
                "She/PRP/O/nsubj/1 replied/VBD/O/root/-1 no/DT ./.");
        for (Entity e : finder.find(unknownSubject)) assertEquals(1, e.mentions().size(), e.toString());

        ParsedText femaleSubject = Texts.parse(
                "Annalena/NNP/PERSON/compound/1 Baerbock/NNP/PERSON/nsubj/2 met/VBD/O/root/-1 "
                        + "Sergei/NNP/PERSON/compound/4 Lavrov/NNP/PERSON/obj/2 ./.",
                "She/PRP/O/nsubj/1 said/VBD/O/root/-1 he/PRP/O/nsubj/3 agreed/VBD/O/ccomp/1 ./.");
        List<Entity> entities = finder.find(femaleSubject);
        assertEquals(List.of("Annalena Baerbock", "She"), texts(entities.get(0)));
        assertEquals(List.of("Sergei Lavrov"), texts(entities.get(1)));
    }

    @Test
    void acronymAndTablePlacesTheParserMissed() {
        ParsedText parsed = Texts.parse(
                "The/DT North/NNP/ORGANIZATION Atlantic/NNP/ORGANIZATION Treaty/NNP/ORGANIZATION "
                        + "Organization/NNP/ORGANIZATION met/VBD in/IN Kyiv/NNP/PERSON ./.",
                "NATO/NNP/ORGANIZATION and/CC U.S./NNP officials/NNS agreed/VBD ./.");
        List<Entity> entities = finder.find(parsed);
        assertEquals(List.of("North Atlantic Treaty Organization", "NATO"), texts(entities.get(0)));
        assertEquals(EntityType.CITY, entities.get(1).type());
        assertEquals(Optional.of("UKR"), entities.get(1).country());
        assertEquals(EntityType.COUNTRY, entities.get(2).type());
        assertEquals(Optional.of("USA"), entities.get(2).country());
    }

    @Test
    void photoCreditYieldsNothing() {
        ParsedText parsed = Texts.parse("Photo/NN :/: Jane/NNP/PERSON Doe/NNP/PERSON //HYPH Reuters/NNP/ORGANIZATION");
        assertTrue(finder.find(parsed).isEmpty());
    }

    private static List<String> texts(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }
}
