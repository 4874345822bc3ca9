package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfliBertSuiteTest {
    @TempDir
    Path dir;

    @Test
    void classLinesAreReadWithQuotesAndCrlf() throws IOException {
        Path tsv = write("train.tsv", "Rebels shelled the town.\t4\r\n"
                + "\"He said \"\"no\"\" to talks.\"\"\"\t3\r\n");
        List<ConfliBertSuite.ClassCase> cases = ConfliBertSuite.classCases(tsv);
        assertEquals(2, cases.size());
        assertEquals(PentaClass.MATERIAL_CONFLICT, cases.get(0).gold());
        // Read as upstream's csv reader does: doubled quotes are one, the quote before the tab closes the cell.
        assertEquals("He said \"no\" to talks.\"", cases.get(1).text());
        assertEquals(PentaClass.VERBAL_CONFLICT, cases.get(1).gold());
    }

    @Test
    void aSpanSentenceInTheClassFileTakesItsTextAndClassWithSpansAlignedToIt() throws IOException {
        List<ConfliBertSuite.ClassCase> classes = List.of(
                new ConfliBertSuite.ClassCase("A Swiss court rejected the Croatian governmentʼs request.", PentaClass.VERBAL_CONFLICT));
        Path conll = write("train.txt", "A B-S\nSwiss I-S\ncourt I-S\nrejected O\nthe O\nCroatian B-T\n"
                + "government I-T\n's I-T\nrequest I-T\n. O\n\n");
        ConfliBertSuite.SpanCase c = ConfliBertSuite.spanCases(conll, classes).get(0);
        assertEquals(classes.get(0).text(), c.text());
        assertEquals(Optional.of(PentaClass.VERBAL_CONFLICT), c.gold());
        assertEquals("A Swiss court", c.of('S').get(0).of(c.text()));
        assertEquals("Croatian governmentʼs request", c.of('T').get(0).of(c.text()));
    }

    @Test
    void aSentenceOnlyInTheSpanFileIsDetokenisedAndAnOrphanInsideTagStartsASpan() throws IOException {
        Path conll = write("train.txt", "Erdogan B-R\nwill O\nmeet O\nMattarella I-R\n( O\nItaly O\n) O\n, O\n"
                + "officials O\nsaid O\n. O\n\n");
        ConfliBertSuite.SpanCase c = ConfliBertSuite.spanCases(conll, List.of()).get(0);
        assertEquals("Erdogan will meet Mattarella (Italy), officials said.", c.text());
        assertEquals(Optional.empty(), c.gold());
        assertEquals(List.of("Erdogan", "Mattarella"), c.of('R').stream().map(s -> s.of(c.text())).toList());
        assertTrue(c.of('S').isEmpty());
    }

    @Test
    void tokensThatDoNotSpellTheTextDoNotAlign() {
        assertTrue(ConfliBertSuite.align(List.of("Police", "left"), "Police arrived").isEmpty());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
