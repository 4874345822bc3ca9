package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    private final QuoteMarks marks = new QuoteMarks();

    private List<String> contents(String text) {
        return marks.find(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void everyMarkStyleIsFound() {
        assertEquals(List.of("We will win,"), contents("\"We will win,\" he said."));
        assertEquals(List.of("We will win,"), contents("“We will win,” he said."));
        assertEquals(List.of("Nous gagnerons"), contents("Il a dit «Nous gagnerons»."));
        assertEquals(List.of("Wir gewinnen"), contents("Er sagte: „Wir gewinnen“."));
        assertEquals(List.of("wir"), contents("Er sagte ‚wir‘ und ging."));
        assertEquals(List.of("reckless"), contents("She called the plan 'reckless' on Monday."));
    }

    @Test
    void mismatchedMarksStillPair() {
        assertEquals(List.of("We will win,"), contents("“We will win,\" he said. Then he left."));
    }

    @Test
    void apostrophesDoNotOpenOrCloseSingleQuotes() {
        assertEquals(List.of(), contents("The minister's plan isn't new, and the ministers' aides don't like it."));
        assertEquals(List.of("the people’s will"), contents("He called it ‘the people’s will’ yesterday."));
    }

    // #10: web text puts a no-break space before the mark as often as a space
    @Test
    void aNoBreakSpaceBeforeTheMarkOpensAQuote() {
        assertEquals(List.of("What does it say about us?"), contents("Carson said,\u00a0“What does it say about us?”"));
    }

    // #10: said in ‘08 that … → a two-digit year is an elision, not a single quote that swallows the paragraph
    @Test
    void aTwoDigitYearOpensNoQuote() {
        assertEquals(List.of("It works,"), contents("He said in ‘08 that it worked. “It works,” he said of the ’90s."));
        assertEquals(List.of("2016 is our year"), contents("She said ‘2016 is our year’ to them."));
    }

    @Test
    void nestedQuotesStayInside() {
        assertEquals(List.of("He said \"no\" to me,"), contents("“He said \"no\" to me,” she said."));
    }

    @Test
    void unclosedQuoteEndsAtItsParagraph() {
        String text = "“We will not pay, he said.\n\nThe talks resume on Monday.";
        List<MarkedQuote> found = marks.find(text);
        assertEquals(1, found.size());
        assertEquals("We will not pay, he said.", found.get(0).content().of(text));
        assertFalse(found.get(0).closed());
    }

    @Test
    void multiParagraphQuoteReopensEachParagraph() {
        String text = "She said: “We will not pay.\n\n“Nor will our allies,” she added.\n\nOther news.";
        assertEquals(List.of("We will not pay.\n\n“Nor will our allies,"), contents(text));
    }

    @Test
    void pluralPossessiveDoesNotCloseASingleQuote() {
        assertEquals(List.of("The residents' patience is running out."),
                contents("'The residents' patience is running out.' she said."));
    }

    @Test
    void germanOpeningMarkMayCloseWithAStraightMark() {
        assertEquals(List.of("Wir gewinnen"), contents("Er sagte: „Wir gewinnen\". Dann ging er."));
    }

    @Test
    void aMarkBeforeASpaceOpensNothing() {
        assertEquals(List.of(), contents("He is 6' tall and weighs 80 kg; the \" key is broken."));
    }

    // #10: a quote never swallows its own attribution
    @Test
    void aStraightMarkBetweenSpacesClosesTheQuote() {
        assertEquals(List.of("It is not just me saying, 'Oh, vote for her,'", "It is more."),
                contents("\"It is not just me saying, 'Oh, vote for her,' \" Berg told reporters. \"It is more.\""));
    }
}
