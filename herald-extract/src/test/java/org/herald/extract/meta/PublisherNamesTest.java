package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublisherNamesTest {
    private final PublisherNames names = new PublisherNames();

    @Test
    void takesTheFirstSiteNameThatNamesAPublisher() {
        assertEquals(Optional.of("Harbour Ledger"),
                names.publisher(List.of("Harbour Ledger", "HL"), Optional.of("https://ledger.example/a")));
    }

    @Test
    void passesOverHandlesAddressesSlugsAndGenericWords() {
        Optional<String> url = Optional.of("https://www.ledger.example/2024/story");
        assertEquals(Optional.of("Harbour Ledger"), names.publisher(List.of("@harbourledger", "Harbour Ledger"), url));
        assertEquals(Optional.of("Harbour Ledger"),
                names.publisher(List.of("https://www.ledger.example", "Harbour Ledger"), url));
        assertEquals(Optional.of("Harbour Ledger"), names.publisher(List.of("ledger", "Harbour Ledger"), url));
        assertEquals(Optional.of("Harbour Ledger"), names.publisher(List.of("Hosted", "Harbour Ledger"), url));
    }

    @Test
    void fallsBackToTheDomainTableThenTheDomain() {
        assertEquals(Optional.of("NJ.com"), names.publisher(List.of("nj"), Optional.of("https://www.nj.com/news/x")));
        assertEquals(Optional.of("CNN"), names.publisher(List.of(), Optional.of("https://edition.cnn.com/2024/x")));
        assertEquals(Optional.of("ledger.example"),
                names.publisher(List.of("@ledger"), Optional.of("https://m.ledger.example/x")));
        assertEquals(Optional.empty(), names.publisher(List.of("Hosted"), Optional.empty()));
    }

    @Test
    void keepsABrandWrittenAsADomain() {
        assertEquals(Optional.of("Ledger.example"),
                names.publisher(List.of("Ledger.example"), Optional.of("https://other.example/")));
    }
}
