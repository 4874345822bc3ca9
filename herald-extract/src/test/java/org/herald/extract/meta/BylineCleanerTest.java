package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineCleanerTest {
    private final BylineCleaner cleaner = new BylineCleaner();

    @Test
    void stripsPrefixesInSeveralLanguages() {
        assertEquals(List.of("Jane Doe"), cleaner.names("By Jane Doe"));
        assertEquals(List.of("Hans Meier"), cleaner.names("Von Hans Meier"));
        assertEquals(List.of("Marie Dupont"), cleaner.names("Par Marie Dupont"));
        assertEquals(List.of("Ana García"), cleaner.names("Por Ana García"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Written by Jane Doe"));
    }

    @Test
    void splitsSeveralAuthors() {
        assertEquals(List.of("Jane Doe", "John Roe", "Max Mustermann"),
                cleaner.names("By Jane Doe, John Roe and Max Mustermann"));
        assertEquals(List.of("Jane Doe", "John Roe"), cleaner.names("Jane Doe & John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe"), cleaner.names("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe"), cleaner.names("BY JANE DOE AND JOHN ROE"));
        assertEquals(List.of("Ana García", "Luis Pérez"), cleaner.names("Por Ana García y Luis Pérez"));
        assertEquals(List.of("E. Jean Carroll", "Y. Smith"), cleaner.names("By E. Jean Carroll and Y. Smith"));
    }

    @Test
    void dropsRolesContactsDatesAndAgencyTails() {
        assertEquals(List.of("Jane Doe"), cleaner.names("By Jane Doe, Staff Writer"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Jane Doe, Washington Correspondent"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Jane Doe jane.doe@example.com @janedoe"));
        assertEquals(List.of("Jane Doe"), cleaner.names("By Jane Doe Updated 5:30 PM EST, Mon March 3, 2024"));
        assertEquals(List.of("Jane Doe"), cleaner.names("By Jane Doe March 3, 2024"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Jane Doe | Reuters"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Jane Doe for The Guardian"));
    }

    @Test
    void keepsAnAgencyThatIsTheWholeByline() {
        assertEquals(List.of("AP"), cleaner.names("AP"));
        assertEquals(List.of("Reuters"), cleaner.names("By Reuters"));
    }

    @Test
    void writesCapitalisedNamesInNameCase() {
        assertEquals(List.of("Robert Burns"), cleaner.names("ROBERT BURNS"));
        assertEquals(List.of("Ludwig van Beethoven"), cleaner.names("By LUDWIG VAN BEETHOVEN"));
        assertEquals(List.of("Sean O'Brien", "Jean-Paul McDonald"), cleaner.names("SEAN O'BRIEN and JEAN-PAUL MCDONALD"));
        assertEquals(List.of("J.R. Hartley III"), cleaner.names("J.R. HARTLEY III"));
        assertEquals(List.of("De Wet Botha"), cleaner.names("DE WET BOTHA"), "a particle opening a name keeps its capital");
        assertEquals(List.of("danah boyd"), cleaner.names("danah boyd"), "a writer's own lower case is kept");
    }

    @Test
    void tellsAgenciesFromPeople() {
        Byline mixed = cleaner.credits("By Jane Doe, Reuters", Optional.empty());
        assertEquals(List.of("Jane Doe"), mixed.authors());
        assertEquals(List.of("Reuters"), mixed.agencies());
        Byline two = cleaner.credits("By AP & Kestrel News", Optional.empty());
        assertEquals(List.of("AP", "Kestrel News"), two.authors(), "no person named: both outlets are the authors");
        assertEquals(List.of("AP"), two.agencies());
        assertEquals(List.of("PTI"), cleaner.credits("PTI", Optional.empty()).agencies());
        assertEquals(List.of("AP"), cleaner.credits("The Associated Press", Optional.empty()).authors());
        assertEquals(List.of("Xinhua", "Yonhap"), cleaner.credits("Xinhua and Yonhap", Optional.empty()).agencies());
        assertEquals(List.of(), cleaner.credits("Apple Daily", Optional.empty()).agencies());
    }

    @Test
    void readsAnAgencyDeskAsTheAgency() {
        Byline desk = cleaner.credits("AP National Security", Optional.empty());
        assertEquals(List.of("AP"), desk.authors());
        assertEquals(List.of("AP"), desk.agencies());
        assertEquals(List.of("Reuters"), cleaner.credits("By Reuters Staff", Optional.empty()).agencies());
        assertEquals(List.of("Ap Dhillon"), cleaner.names("Ap Dhillon"), "a person whose name starts like one");
    }

    @Test
    void dropsDesksAndCreditsPublicationsOnlyWithoutAPerson() {
        assertEquals(List.of(), cleaner.names("JERUSALEM POST", Optional.of("The Jerusalem Post")));
        assertEquals(List.of("Harbour Post"), cleaner.names("HARBOUR POST"));
        assertEquals(List.of(), cleaner.names("By Metro Desk"));
        assertEquals(List.of(), cleaner.names("Staff"));
        assertEquals(List.of("Jane Doe"), cleaner.names("Jane Doe, Harbour Times"));
    }

    @Test
    void rejectsWhatIsNoName() {
        assertEquals(List.of(), cleaner.names("By"));
        assertEquals(List.of(), cleaner.names("March 3, 2024"));
        assertEquals(List.of(), cleaner.names("https://example.com/staff/jane"));
        assertEquals(List.of(), cleaner.names("By The Daily Planet", Optional.of("The Daily Planet")));
        assertEquals(List.of(), cleaner.names("This is a long sentence that somebody mistook for a byline"));
        assertEquals(List.of(), cleaner.names("Michael Isikoff Trump’s inauguration: ticket packages"));
        assertEquals(List.of(), cleaner.names("Jane Doe explains the budget"));
        assertEquals(List.of("Ludwig van Beethoven", "jdoe"), cleaner.names("Ludwig van Beethoven, jdoe"));
    }
}
