package org.herald.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.herald.model.Span;
import org.herald.nlp.text.Token;
import org.junit.jupiter.api.Test;

class FineGrainedTaggerTest {
    // A few lines in the gazetteer's format: phrase, type, overwritable types, priority.
    private static final String GAZETTEER = String.join("\n",
            "foreign minister\tTITLE\tMISC\t1",
            "minister\tTITLE\tMISC\t1",
            "portuguese\tNATIONALITY\tMISC,COUNTRY,LOCATION\t1",
            "portugal\tCOUNTRY\tLOCATION\t1",
            "geneva\tCITY\tLOCATION\t1",
            "alliance\tCITY\tLOCATION\t1",
            "new york\tCITY\tLOCATION\t1",
            "catholic\tRELIGION\tMISC\t1",
            "S\\.?F\\.?\tCITY\tLOCATION\t1");

    private static FineGrainedTagger tagger() throws IOException {
        return FineGrainedTagger.read(new BufferedReader(new StringReader(GAZETTEER)));
    }

    /** Tokens from "word/POS/NER" triples. */
    private static List<Token> tokens(String... triples) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String triple : triples) {
            String[] p = triple.split("/");
            out.add(new Token(out.size(), new Span(at, at + p[0].length()), p[0], p[0], p[1], p[2]));
            at += p[0].length() + 1;
        }
        return out;
    }

    private static List<String> ner(List<Token> tokens) {
        return tokens.stream().map(Token::ner).toList();
    }

    @Test
    void refinesTitlesNationalitiesCountriesAndCitiesLongestMatchFirst() throws IOException {
        List<Token> tagged = tagger().tag(tokens("Portuguese/JJ/O", "Foreign/NNP/O", "Minister/NNP/O",
                "Ana/NNP/PERSON", "Lopes/NNP/PERSON", "flew/VBD/O", "from/IN/O", "Portugal/NNP/LOCATION",
                "to/TO/O", "Geneva/NNP/LOCATION"));
        assertEquals(List.of("NATIONALITY", "TITLE", "TITLE", "PERSON", "PERSON", "O", "O", "COUNTRY", "O", "CITY"),
                ner(tagged));
    }

    @Test
    void neverRelabelsOtherEntitiesOrPartOfALongerOne() throws IOException {
        // "Portugal" inside an ORGANIZATION is not overwritable; "New York" inside a longer LOCATION is not cut.
        List<Token> tagged = tagger().tag(tokens("Bank/NNP/ORGANIZATION", "of/IN/ORGANIZATION",
                "Portugal/NNP/ORGANIZATION", "in/IN/O", "New/NNP/LOCATION", "York/NNP/LOCATION",
                "State/NNP/LOCATION"));
        assertEquals(List.of("ORGANIZATION", "ORGANIZATION", "ORGANIZATION", "O", "LOCATION", "LOCATION", "LOCATION"),
                ner(tagged));
    }

    @Test
    void needsANounOrAdjectiveAndSkipsTypesHeraldDoesNotRead() throws IOException {
        assertEquals(List.of("O"), ner(tagger().tag(tokens("minister/VB/O"))));
        assertEquals(List.of("O"), ner(tagger().tag(tokens("Catholic/JJ/O"))));
        assertEquals(List.of("LOCATION"), ner(tagger().tag(tokens("S.F./NNP/LOCATION"))));
    }

    @Test
    void lowerCaseWordsAreNeverPlacesButMayBeTitles() throws IOException {
        // Alliance, Ohio is in the gazetteer; "the alliance" in a sentence is NATO, not a city.
        assertEquals(List.of("O", "O"), ner(tagger().tag(tokens("the/DT/O", "alliance/NN/O"))));
        assertEquals(List.of("CITY"), ner(tagger().tag(tokens("Alliance/NNP/O"))));
        assertEquals(List.of("TITLE"), ner(tagger().tag(tokens("minister/NN/O"))));
    }
}
