package org.herald.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.herald.model.Span;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeResolverTest {
    private static final TimeResolver RESOLVER = TimeResolver.english();

    /** 2024-03-06 is a Wednesday in ISO week 2024-W10; 2024 is a leap year. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # reference | sentence                                              | expression        | value
        2024-03-06 | The minister resigned on Monday.                        | Monday            | 2024-03-04
        2024-03-06 | The council will meet on Monday.                        | Monday            | 2024-03-11
        2024-03-06 | Talks resume next Monday.                               | next Monday       | 2024-03-11
        2024-03-06 | He arrived last Monday.                                 | last Monday       | 2024-03-04
        2024-03-06 | The vote took place on Wednesday.                       | Wednesday         | 2024-03-06
        2024-03-06 | The summit will open on Wednesday.                      | Wednesday         | 2024-03-06
        2024-03-06 | Officials said on Monday it would act.                  | Monday            | 2024-03-04
        2024-03-06 | Police believe the attack happened on Friday.           | Friday            | 2024-03-01
        2024-02-11 | She said they would meet on March 1 and praised him.    | March 1           | 2024-03-01
        2024-03-06 | The verdict is to be announced on Friday.               | Friday            | 2024-03-08
        2024-03-06 | The minister, who resigned on Monday, will fly to Rome. | Monday            | 2024-03-04
        2024-03-06 | On Monday, the council will vote.                       | Monday            | 2024-03-11
        2024-03-06 | Shares closed higher today.                             | today             | 2024-03-06
        2024-03-06 | Yesterday the index fell.                               | Yesterday         | 2024-03-05
        2024-02-28 | The rally is planned for tomorrow.                      | tomorrow          | 2024-02-29
        2024-03-06 | The president speaks tonight.                           | tonight           | 2024-03-06
        2024-03-01 | Fighting broke out last night.                          | last night        | 2024-02-29
        2024-03-06 | Negotiators met this week.                              | this week         | 2024-W10
        2024-03-06 | Prices fell last week.                                  | last week         | 2024-W09
        2024-03-06 | The report is due next week.                            | next week         | 2024-W11
        2024-01-02 | Prices fell last week.                                  | last week         | 2023-W52
        2024-12-30 | The law takes effect this week.                         | this week         | 2025-W01
        2024-01-15 | Inflation slowed last month.                            | last month        | 2023-12
        2024-03-06 | Rates could rise next month.                            | next month        | 2024-04
        2024-03-06 | The plant closed this month.                            | this month        | 2024-03
        2024-03-06 | The bill passed earlier this month.                     | earlier this month| 2024-03
        2024-03-06 | The talks collapsed late last year.                     | late last year    | 2023
        2024-12-31 | Elections are due next year.                            | next year         | 2025
        2024-03-06 | The company was founded in 2019.                        | 2019              | 2019
        2024-03-06 | Prices have doubled since 2014.                         | 2014              | 2014
        2024-03-06 | He lost the 2019 election.                              | 2019              | 2019
        2024-03-06 | Growth slowed in early 2020.                            | early 2020        | 2020
        2024-02-10 | Exports rose in March.                                  | March             | 2023-03
        2024-02-10 | Elections will be held in March.                        | March             | 2024-03
        2024-02-10 | The summit, which will take place in March, was announced. | March          | 2024-03
        2024-01-02 | The strike began in December.                           | December          | 2023-12
        2024-01-02 | The plant will reopen in December.                      | December          | 2024-12
        2024-03-06 | The ceasefire collapsed last March.                     | last March        | 2023-03
        2024-03-06 | Protests grew in mid-March.                             | mid-March         | 2024-03
        2024-03-06 | The inquiry will report by the end of May.              | the end of May    | 2024-05
        2024-03-06 | The inquiry will report by January.                     | January           | 2025-01
        2024-03-06 | The strike lasted until Sunday.                         | Sunday            | 2024-03-03
        2024-03-06 | Talks resume this Friday.                               | this Friday       | 2024-03-08
        2024-03-06 | Markets calmed during the coming week.                  | coming week       | 2024-W11
        2024-03-06 | January was the wettest month on record.                | January           | 2024-01
        2024-03-06 | The merger closed in May 2023.                          | May 2023          | 2023-05
        2024-03-06 | The deal was signed on Feb. 14.                         | Feb. 14           | 2024-02-14
        2024-01-02 | The court will rule on February 14.                     | February 14       | 2024-02-14
        2024-03-06 | The ship sank on 14 February.                           | 14 February       | 2024-02-14
        2024-03-06 | The contract was signed Feb 14, 2023, in Oslo.          | Feb 14, 2023      | 2023-02-14
        2024-03-06 | The filing is dated 2023-02-14.                         | 2023-02-14        | 2023-02-14
        2024-03-06 | The attacks of September 11, 2001 changed everything.   | September 11, 2001| 2001-09-11
        2024-01-02 | The fire started on Dec. 31.                            | Dec. 31           | 2023-12-31
        2024-03-06 | On March 5 2000 protesters marched.                     | March 5           | 2024-03-05
        2024-03-06 | Talks resumed on the 28th.                              | the 28th          | 2024-02-28
        2024-03-06 | The storm hit on Sunday, Oct. 29.                       | Sunday, Oct. 29   | 2023-10-29
        2024-03-06 | The budget was unveiled on Tuesday, March 5.            | Tuesday, March 5  | 2024-03-05
        2025-03-01 | The fund was set up on Feb. 29.                         | Feb. 29           | 2024-02-29
        2024-03-01 | The ship left two days ago.                             | two days ago      | 2024-02-28
        2024-03-06 | The strike began three weeks ago.                       | three weeks ago   | 2024-W07
        2024-03-06 | The law passed a year ago.                              | a year ago        | 2023
        2024-03-06 | The tariffs will rise in two weeks.                     | in two weeks      | 2024-W12
        2024-03-06 | Debt tripled in the 1990s.                              | 1990s             | 199X
        2024-03-06 | The talks will start at 3 p.m. on Tuesday.              | 3 p.m. on Tuesday | 2024-03-12T15:00
        2024-03-06 | The polls closed on Sunday at 8:30 pm.                  | Sunday at 8:30 pm | 2024-03-03T20:30
        """)
    void resolvesTheExpressionAgainstTheReferenceDate(String reference, String sentence, String expression,
            String value) {
        List<TimeExpression> found = RESOLVER.resolve(TestText.parse(sentence), LocalDate.parse(reference));

        assertEquals(1, found.size(), () -> "expected one expression, found " + found);
        TimeExpression e = found.get(0);
        assertEquals(expression, e.text());
        assertEquals(expression, e.span().of(sentence), "the span covers the text");
        assertEquals(value, e.value());
        assertEquals("time", e.evidence().stage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Ministers may meet again.
        Ministers May meet again, May said.
        Thousands joined a protest march.
        March organisers expected a large crowd.
        The Sun reported the claim first.
        The Sunday Times reported the claim first.
        2019 people were evacuated.
        A crowd of 2000 people gathered.
        The motion passed by 2019 votes.
        Theresa May said the plan was sound.
        The plan was criticised by May and her cabinet.
        It was the highest level in two years.
        Prices rose 15 per cent in 12 months.
        The bill was passed by 2019 per cent.
        Storms hit the coast several days ago.
        USA Today published the letter.
        Congress passed the 14th amendment.
        The August assembly adjourned.
        """)
    void findsNothingInWordsThatOnlyLookLikeDates(String sentence) {
        assertEquals(List.of(), RESOLVER.resolve(TestText.parse(sentence), LocalDate.parse("2024-03-06")));
    }

    @Test
    void offsetsPointIntoTheWholeBodyAcrossSentences() {
        String body = "Talks failed on Monday. Both sides will meet again on Friday.";
        ParsedText first = TestText.parse(body.substring(0, 23));
        ParsedText second = TestText.parse(body.substring(24));
        ParsedText parsed = new ParsedText(body, List.of(
                first.sentences().get(0),
                shifted(second.sentences().get(0), 24)));

        List<TimeExpression> found = RESOLVER.resolve(parsed, LocalDate.parse("2024-03-06"));

        assertEquals(List.of("Monday", "Friday"), found.stream().map(e -> e.span().of(body)).toList());
        assertEquals(List.of("2024-03-04", "2024-03-08"), found.stream().map(TimeExpression::value).toList());
        assertEquals(List.of("weekday", "weekday"), found.stream().map(e -> e.evidence().rule()).toList());
    }

    @Test
    void readsATextWithoutSentencesAsOne() {
        List<TimeExpression> found = RESOLVER.resolve(new ParsedText("Markets rallied yesterday.", List.of()),
                LocalDate.parse("2024-03-06"));

        assertEquals(1, found.size());
        assertEquals("2024-03-05", found.get(0).value());
    }

    @Test
    void expressionsComeInTextOrderWithoutOverlap() {
        String text = "On Feb. 14, 2023, a year ago, the fund lost money; since 2019 it has shrunk, and it will close next month.";
        List<TimeExpression> found = RESOLVER.resolve(TestText.parse(text), LocalDate.parse("2024-03-06"));

        assertEquals(List.of("Feb. 14, 2023", "a year ago", "2019", "next month"),
                found.stream().map(TimeExpression::text).toList());
        for (int i = 1; i < found.size(); i++) {
            assertTrue(found.get(i - 1).span().end() <= found.get(i).span().start());
        }
    }

    @Test
    void oneResolverServesManyThreadsWithTheSameAnswers() throws Exception {
        ParsedText text = TestText.parse("The council said on Monday it will vote next month, three weeks after the Feb. 14 deadline.");
        LocalDate reference = LocalDate.parse("2024-03-06");
        List<TimeExpression> expected = RESOLVER.resolve(text, reference);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<TimeExpression>>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(pool.submit(() -> RESOLVER.resolve(text, reference)));
            }
            for (Future<List<TimeExpression>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of("Monday", "next month", "Feb. 14"), expected.stream().map(TimeExpression::text).toList());
    }

    private static Sentence shifted(Sentence s, int by) {
        return new Sentence(s.index() + 1, new Span(s.span().start() + by, s.span().end() + by),
                s.tokens().stream().map(t -> new org.herald.nlp.text.Token(t.index(),
                        new Span(t.span().start() + by, t.span().end() + by), t.text(), t.lemma(), t.pos(), t.ner()))
                        .toList(),
                s.dependencies());
    }
}
