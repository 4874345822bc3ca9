package org.herald.nlp.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.herald.model.Span;
import org.herald.model.analysis.EntityType;
import org.junit.jupiter.api.Test;

class RoleReaderTest {
    private final RoleReader reader = new RoleReader(Places.load(), Titles.load(), UsPolitics.load());

    @Test
    void premodifierGivesTitleAndCountry() {
        Role role = read("Russian/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE Sergei/NNP/PERSON "
                + "Lavrov/NNP/PERSON met/VBD", 3, 5, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Foreign Minister"), Optional.of("RUS"), 0, 5), role);
    }

    @Test
    void aCounterpartTakesTheCountryOfItsDemonym() {
        Role role = read("met/VBD his/PRP$ Georgian/JJ/NATIONALITY counterpart/NN Nino/NNP/PERSON "
                + "Beridze/NNP/PERSON", 4, 6, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Counterpart"), Optional.of("GEO"), 2, 6), role);
    }

    @Test
    void appositionAfterTheName() {
        Role role = read("Olaf/NNP/PERSON Scholz/NNP/PERSON ,/, the/DT German/JJ/NATIONALITY chancellor/NN/TITLE "
                + ",/, arrived/VBD", 0, 2, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Chancellor"), Optional.of("DEU"), 0, 6), role);
    }

    @Test
    void possessiveCountryAndTopDiplomatAfterTheName() {
        Role role = read("Lavrov/NNP/PERSON ,/, Russia/NNP/COUNTRY 's/POS top/JJ diplomat/NN ,/, said/VBD",
                0, 1, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Foreign Minister"), Optional.of("RUS"), 0, 6), role);
    }

    @Test
    void possessiveCountryBeforeTheName() {
        Role role = read("Russia/NNP/COUNTRY 's/POS foreign/JJ/TITLE minister/NN/TITLE ,/, Sergei/NNP/PERSON "
                + "Lavrov/NNP/PERSON ,/, said/VBD", 5, 7, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Foreign Minister"), Optional.of("RUS"), 0, 7), role);
    }

    @Test
    void presidentOfCountry() {
        Role role = read("Macron/NNP/PERSON ,/, the/DT president/NN/TITLE of/IN France/NNP/COUNTRY ,/, said/VBD",
                0, 1, EntityType.PERSON);
        assertEquals(new Role(Optional.of("President"), Optional.of("FRA"), 0, 6), role);
    }

    @Test
    void aFormerOfficeHolderKeepsFormerInTheTitle() {
        Role before = read("former/JJ Prime/NNP/TITLE Minister/NNP/TITLE Isa/NNP/PERSON Mustafa/NNP/PERSON "
                + "said/VBD", 3, 5, EntityType.PERSON);
        assertEquals(new Role(Optional.of("former Prime Minister"), Optional.empty(), 0, 5), before);
        Role after = read("Ranil/NNP/PERSON Wickremesinghe/NNP/PERSON ,/, the/DT former/JJ Prime/NNP/TITLE "
                + "Minister/NNP/TITLE of/IN Sri/NNP/COUNTRY Lanka/NNP/COUNTRY ,/, said/VBD", 0, 2, EntityType.PERSON);
        assertEquals(new Role(Optional.of("former Prime Minister"), Optional.of("LKA"), 0, 10), after);
        Role sitting = read("Prime/NNP/TITLE Minister/NNP/TITLE Isa/NNP/PERSON Mustafa/NNP/PERSON said/VBD",
                2, 4, EntityType.PERSON);
        assertEquals(Optional.of("Prime Minister"), sitting.title());
    }

    @Test
    void aListOfPeopleIsNotAnApposition() {
        Role role = read("Scholz/NNP/PERSON ,/, Chancellor/NNP/TITLE Mark/NNP/PERSON Rutte/NNP/PERSON and/CC "
                + "others/NNS", 0, 1, EntityType.PERSON);
        assertEquals(new Role(Optional.empty(), Optional.empty(), 0, 1), role);
    }

    @Test
    void countryPossessiveBeforeAnOrganisation() {
        Role role = read("Russia/NNP/COUNTRY 's/POS Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION said/VBD",
                2, 4, EntityType.ORGANIZATION);
        assertEquals(new Role(Optional.empty(), Optional.of("RUS"), 0, 4), role);
    }

    @Test
    void apposEdgeReachesPastAnAge() {
        Role role = read("Scholz/NNP/PERSON/nsubj/9 ,/, 65/CD/O/amod/0 ,/, the/DT/O/det/6 German/JJ/NATIONALITY/amod/6 "
                + "chancellor/NN/TITLE/appos/0 ,/, said/VBD/O/root/-1", 0, 1, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Chancellor"), Optional.of("DEU"), 0, 7), role);
    }

    @Test
    void apposEdgeFromTheRoleBeforeTheName() {
        Role role = read("Russia/NNP/COUNTRY/nmod:poss/3 's/POS foreign/JJ/TITLE/amod/3 minister/NN/TITLE/nsubj/10 "
                + "since/IN/O/case/5 2004/CD/O/nmod/3 ,/, Sergei/NNP/PERSON/compound/8 Lavrov/NNP/PERSON/appos/3 ,/, "
                + "said/VBD/O/root/-1", 7, 9, EntityType.PERSON);
        assertEquals(new Role(Optional.of("Foreign Minister"), Optional.of("RUS"), 0, 9), role);
    }

    private Role read(String sentence, int first, int end, EntityType type) {
        return reader.read(Texts.parse(sentence).sentences().get(0),
                new NameMention(0, first, end, type, new Span(0, 1), "x"));
    }
}
