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
        assertEquals(List.of("JANE DOE", "JOHN ROE"), cleaner.names("BY JANE DOE AND JOHN ROE"));
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
