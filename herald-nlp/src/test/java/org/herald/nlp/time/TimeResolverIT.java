package org.herald.nlp.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.herald.model.analysis.TimeExpression;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/** The resolver on the tokens and tags of the real CoreNLP pipeline; loads the models, so it runs under failsafe. */
class TimeResolverIT {
    /** A sample article written for this test, published on Wednesday 6 March 2024. */
    private static final String ARTICLE = """
            The finance minister resigned on Monday after a week of protests. \
            Her successor will be sworn in on Friday, officials said. \
            Parliament won't vote on the budget until next month. \
            The coalition was formed in 2019 and lost its majority late last year. \
            Ministers may meet again, but a protest march is planned for Sunday at 3 p.m. \
            The Sun reported that 2019 people had signed a petition two days ago.""";

    @Test
    void resolvesTheDatesOfASampleArticle() {
        ParsedText parsed = CoreNlpParser.defaults().parse(ARTICLE);

        List<TimeExpression> found = TimeResolver.english().resolve(parsed, LocalDate.parse("2024-03-06"));

        assertEquals(List.of(
                "Monday=2024-03-04",
                "Friday=2024-03-08",
                "next month=2024-04",
                "2019=2019",
                "late last year=2023",
                "Sunday at 3 p.m.=2024-03-10T15:00",
                "two days ago=2024-03-04"),
                found.stream().map(e -> e.text() + "=" + e.value()).toList());
    }
}
