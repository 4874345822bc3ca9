package org.herald.nlp.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Quote;
import org.herald.model.analysis.QuoteType;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/** QuoteFinder on the real CoreNLP parse, one rule at a time. The texts are samples written for Herald. */
class QuoteFinderIT {
    private final QuoteFinder finder = new QuoteFinder();

    private record Found(String content, QuoteType type, String speaker, String cue, String rule) {}

    private List<Found> find(String text) {
        ParsedText parsed = SharedParser.get().parse(text);
        List<Quote> quotes = finder.find(parsed, NerEntities.of(parsed));
        for (Quote q : quotes) {
            assertTrue(q.span().end() <= text.length() && q.span().contains(q.content()), "spans inside the text");
            assertEquals(QuoteFinder.STAGE, q.evidence().stage());
        }
        assertEquals(quotes, finder.find(parsed, NerEntities.of(parsed)), "same input, same output");
        return quotes.stream().map(q -> new Found(q.content().of(text), q.type(),
                q.speaker().map(s -> s.name()).orElse(""), q.cue().map(c -> c.text()).orElse(""),
                q.evidence().rule())).toList();
    }

    @Test
    void directQuoteBeforeAndAfterTheCue() {
        assertEquals(List.of(new Found("We will not pay", QuoteType.DIRECT, "Anna Berg", "said", "direct-after-cue")),
                find("\"We will not pay,\" Finance Minister Anna Berg said on Monday."));
        assertEquals(List.of(new Found("We will not pay", QuoteType.DIRECT, "Anna Berg", "said", "direct-after-cue")),
                find("“We will not pay,” said Anna Berg."));
        assertEquals(List.of(new Found("We will not pay.", QuoteType.DIRECT, "Anna Berg", "said", "direct-before-cue")),
                find("Anna Berg said: «We will not pay.»"));
    }

    @Test
    void reportedClauseTheParserSplitIsStillFound() {
        // nndep parses "said Berlin would send" as obj "Berlin" + dep "send"
        assertEquals(List.of(new Found("Berlin would send a third battery", QuoteType.INDIRECT, "Olaf Scholz", "said",
                        "reported-split-clause")),
                find("Chancellor Olaf Scholz said Berlin would send a third battery, but he rejected other calls."));
    }

    @Test
    void partialQuoteInsideReportedSpeechIsTheReportersSpeakers() {
        List<Found> found = find("Spokesman Dmitry Peskov told reporters that the weapons would \"not change the "
                + "course\" of what Moscow calls its operation.");
        Found partial = found.stream().filter(f -> f.type() == QuoteType.PARTIAL).findFirst().orElseThrow();
        assertEquals(new Found("not change the course", QuoteType.PARTIAL, "Dmitry Peskov", "told reporters",
                "partial-inside-reported"), partial);
    }

    // #10: the reported clause stops before the closing mark and full stop that the partial quote keeps
    @Test
    void partialQuoteEndingTheReportedClauseIsTheReportersToo() {
        List<Found> found = find("Transport Minister Peter Holm defended the sale. He said the railway had lost money "
                + "for nine years and called the criticism \"pure theatre.\"");
        Found partial = found.stream().filter(f -> f.type() == QuoteType.PARTIAL).findFirst().orElseThrow();
        assertEquals("Peter Holm", partial.speaker());
    }

    @Test
    void cueWithAddressee() {
        ParsedText parsed = SharedParser.get().parse("\"The talks are over,\" Anna Berg told reporters.");
        Quote q = finder.find(parsed, NerEntities.of(parsed)).get(0);
        assertEquals("told reporters", q.cue().orElseThrow().text());
        assertEquals(Optional.of("reporters"), q.addressee());
    }

    @Test
    void pronounSpeakerFallsBackToTheLastPerson() {
        List<Found> found = find("Anna Berg left the meeting early. \"Nothing has changed,\" she said.");
        assertEquals("Anna Berg", found.get(0).speaker());
    }

    @Test
    void partialQuoteInsideASentence() {
        List<Found> found = find("Opposition leader Marco Hale called the plan \"reckless\" on Tuesday.");
        assertEquals(List.of(new Found("reckless", QuoteType.PARTIAL, "Marco Hale", "called", "partial-before-cue")),
                found);
    }

    @Test
    void scareQuotesWithoutASpeakerAreNotQuotes() {
        assertEquals(List.of(), find("The so-called \"peace dividend\" never arrived."));
    }

    @Test
    void reportedSpeechWithAndWithoutThat() {
        assertEquals(List.of(new Found("the talks had failed", QuoteType.INDIRECT, "Anna Berg", "warned",
                "reported-ccomp")), find("Anna Berg warned that the talks had failed."));
        assertEquals(List.of(new Found("the talks had failed", QuoteType.INDIRECT, "Anna Berg", "said",
                "reported-ccomp")), find("Anna Berg said on Monday the talks had failed."));
    }

    @Test
    void unclosedQuoteStopsAtItsParagraph() {
        String text = "Anna Berg said: \"We will not pay.\n\nThe talks resume on Friday, officials said.";
        List<Found> found = find(text);
        assertEquals("We will not pay.", found.get(0).content());
        assertEquals("Anna Berg", found.get(0).speaker());
        assertEquals("The talks resume on Friday", found.get(1).content());
        assertEquals("officials", found.get(1).speaker());
    }

    // #10: names and titles in quotation marks are not speech; nor is a short fragment nothing introduces
    @Test
    void namesInQuotationMarksAndUnattributedFragmentsAreNotQuotes() {
        assertEquals(List.of(), find("Anna Berg appeared on \"Meet the Press\" on Sunday."));
        assertEquals(List.of(), find("The rally drew supporters of the \"Black Lives Matter\" movement."));
        assertEquals(List.of(), find("The race, \"on her worst day,\" is still close."));
    }

    // #10: words in marks that no cue gives to anyone are not taken for speech: a slogan, a tweet, a headline
    @Test
    void aQuoteNoCueAttributesIsNoQuote() {
        assertEquals(List.of(), find("The crowd grew restless.\n\n\"Build the bridge now, and build it well!\"\n\n"
                + "Then the rain came."));
    }

    // #10: a quote opening in lower case after the reporter's words is a fragment of what was said
    @Test
    void aLowerCaseQuoteAfterTheReportersWordsIsPartial() {
        Found fragment = find("Sooner or later, Governor Anna Berg told reporters, \"it starts to pay off.\"").get(0);
        assertEquals(QuoteType.PARTIAL, fragment.type());
        assertEquals("Anna Berg", fragment.speaker());
        List<Found> split = find("\"We will,\" Governor Anna Berg said, \"win this vote.\"");
        assertEquals(List.of(QuoteType.DIRECT, QuoteType.DIRECT), split.stream().map(Found::type).toList());
    }

    // #10: the subject of a passive cue is what was said, not who said it
    @Test
    void thePassiveSubjectOfACueIsNoSpeaker() {
        List<Found> found = find("Long before the briefing, Anna Berg’s name was announced on the radio as a "
                + "\"security\" matter.");
        assertTrue(found.stream().noneMatch(f -> f.speaker().equals("Anna Berg")), found.toString());
    }

    // #10: The plan, an aide said, is … : the parser may make "The plan" the subject and the speaker its apposition
    @Test
    void aParentheticalSpeakerIsNotTheClausesSubject() {
        List<Found> found = find("The plan, an inside source said, is to have volunteers pass out reprints of the "
                + "editorial.");
        assertTrue(found.stream().anyMatch(f -> f.speaker().equals("an inside source")), found.toString());
        assertTrue(found.stream().noneMatch(f -> f.speaker().equals("The plan")), found.toString());
    }

    // #10: a relative clause after a comma at the end of reported speech is the reporter's aside
    @Test
    void theReportersAsideAfterAReportedClauseIsNotReported() {
        List<Found> found = find("Senator Anna Berg said she is willing to be interviewed by the agency, which is "
                + "conducting its own inquiry.");
        assertEquals("she is willing to be interviewed by the agency", found.get(0).content());
        assertEquals("Anna Berg", found.get(0).speaker());
    }

    // #10: the place of a dateline is never the speaker
    @Test
    void theDatelineIsNoSpeaker() {
        List<Found> found = find("WASHINGTON (AFP) – Democrat Anna Berg has taken a swipe at her rival's stance on "
                + "trade, saying that \"bombastic comments\" do more harm than good.");
        assertTrue(found.stream().noneMatch(f -> f.speaker().equalsIgnoreCase("Washington")), found.toString());
    }

    // #10: a quoted phrase that only opens a reported clause leaves the clause reported speech
    @Test
    void aReportedClauseOpeningWithAQuotedPhraseIsStillReported() {
        List<Found> found = find("Senator Anna Berg said that \"bombastic comments\" do more harm than good in such "
                + "times.");
        assertTrue(found.stream().anyMatch(f -> f.type() == QuoteType.INDIRECT && f.speaker().equals("Anna Berg")
                && f.content().contains("do more harm than good")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.type() == QuoteType.PARTIAL && f.speaker().equals("Anna Berg")),
                found.toString());
    }

    // #10: "…,” said McDonald: some parses hang the inverted speaker on the verb as an xcomp
    @Test
    void invertedSpeakerAfterTheQuote() {
        List<Found> found = find("The vote is close. \"People will vote if they see real differences,\" said McDonald.");
        assertEquals("McDonald", found.get(0).speaker());
        assertEquals("said", found.get(0).cue());
    }

    // #10: a speaker is never words inside the quote it introduces
    @Test
    void theSpeakerIsOutsideTheQuotationMarks() {
        String text = "''My shop in 2009, halfway through, it went bad,'' Mr. Dalton said.";
        Found found = find(text).get(0);
        assertEquals("Dalton", found.speaker());
    }

    // #10: Cruz continued: ¶ “…” → a paragraph that opens with a quote after one that ends with a colon
    @Test
    void aColonAtTheEndOfTheParagraphBeforeIntroducesTheQuote() {
        List<Found> found = find("Governor Anna Berg issued the following statement:\n\n\"We will appeal the ruling.\"");
        assertEquals(List.of(new Found("We will appeal the ruling.", QuoteType.DIRECT, "Anna Berg", ":",
                "direct-previous-sentence")), found);
    }

    // #10: a headline names its speaker before a colon, with no verb
    @Test
    void aNameBeforeAColonIsTheSpeaker() {
        Found found = find("Berg: 'We Are Going To Win This Vote'").get(0);
        assertEquals(new Found("We Are Going To Win This Vote", QuoteType.DIRECT, "Berg", ":", "direct-colon"), found);
    }
}
