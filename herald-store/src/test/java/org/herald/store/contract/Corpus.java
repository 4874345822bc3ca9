package org.herald.store.contract;

import static org.herald.model.analysis.EntityType.COUNTRY;
import static org.herald.model.analysis.EntityType.ORGANIZATION;
import static org.herald.model.analysis.EntityType.PERSON;

import java.util.List;
import org.herald.store.StoredArticle;

/**
 * Four sample articles written for these tests (not real reporting). The expected numbers in the tests follow
 * from them:
 *
 * <pre>
 * id  site               published                  entities (mentions)                       quotes  events
 * a1  news.example.org   2024-05-06 (Mon)           Lavrov 3, Blinken 1, NATO 1               1       2
 * a2  Other.Example.com  2024-05-09T01:30+03:00     Peskov 2, Ukraine 1, Lavrov 1, Blinken 1  1       2
 * a3  news.example.org   2024-06-03 (Mon)           Ukraine 1, Russia 1, Blinken 1            1       2
 * a4  news.example.org   (none)                     Lavrov 1                                  0       1
 *
 * event  source     target     cameo plover    goldstein quad day
 * a1/0   RUSGOV e1  USAGOV e2  040   CONSULT    1.0      1    2024-05-06 (article's)
 * a1/1   RUSGOV e1  IGOWSTNAT  111   ACCUSE    -2.0      3    2024-05-06 (article's)
 * a2/0   RUSGOV e1  UKR e2     130   THREATEN  -4.4      3    2024-05-07
 * a2/1   RUSMIL     UKRMIL     190   ASSAULT  -10.0      4    2024-04-30 (Tue; week of 29 April)
 * a3/0   UKRGOV e1  RUSGOV e2  042   CONSULT    1.9      1    2024-06-03 (article's)
 * a3/1   RUS    e2  UKR    e1  046   Consult    7.0      1    2024-06-04
 * a4/0   RUSGOV e1  -          010   STATEMENT  0.0      1    none
 * </pre>
 */
public final class Corpus {
    private Corpus() {}

    public static StoredArticle a1() {
        return ArticleFixture.article("a1", "Russian Foreign Minister Sergei Lavrov met Antony Blinken in Geneva. "
                        + "\"We will talk again,\" Lavrov said. Lavrov criticised NATO.")
                .title("Lavrov meets Blinken in Geneva").site("news.example.org").published("2024-05-06")
                .entity("e1", PERSON, "Sergei Lavrov", "Foreign Minister", "RUS", "Sergei Lavrov", "Lavrov said",
                        "Lavrov criticised")
                .entity("e2", PERSON, "Antony Blinken", "Secretary of State", "USA", "Antony Blinken")
                .entity("e3", ORGANIZATION, "NATO", "", "", "NATO")
                .quote("We will talk again", "Lavrov", "e1")
                .event("RUSGOV", "e1", "USAGOV", "e2", "040", "CONSULT", 1.0, 1, "")
                .event("RUSGOV", "e1", "IGOWSTNAT", "e3", "111", "ACCUSE", -2.0, 3, "")
                .build();
    }

    public static StoredArticle a2() {
        return ArticleFixture.article("a2", "Kremlin spokesman Dmitry Peskov warned Ukraine on Tuesday. "
                        + "\"This is a provocation,\" Peskov said. Lavrov rebuffed Blinken.")
                .title("Kremlin warns Kyiv").site("Other.Example.com").published("2024-05-09T01:30:00+03:00")
                .entity("e1", PERSON, "Dmitry Peskov", "spokesman", "RUS", "Dmitry Peskov", "Peskov said")
                .entity("e2", COUNTRY, "Ukraine", "", "UKR", "Ukraine")
                .entity("e3", PERSON, "Sergei Lavrov", "Russian Foreign Minister", "RUS", "Lavrov")
                .entity("e4", PERSON, "Antony Blinken", "", "USA", "Blinken")
                .quote("This is a provocation", "Peskov", "e1")
                .event("RUSGOV", "e1", "UKR", "e2", "130", "THREATEN", -4.4, 3, "2024-05-07")
                .event("RUSMIL", "", "UKRMIL", "", "190", "ASSAULT", -10.0, 4, "2024-04-30")
                .build();
    }

    public static StoredArticle a3() {
        return ArticleFixture.article("a3", "Ukraine and Russia held talks in Geneva. Blinken said the talks "
                        + "were useful.")
                .title("Talks resume in Geneva").site("news.example.org").published("2024-06-03")
                .entity("e1", COUNTRY, "Ukraine", "", "UKR", "Ukraine")
                .entity("e2", COUNTRY, "Russia", "", "RUS", "Russia")
                .entity("e3", PERSON, "Antony Blinken", "", "USA", "Blinken")
                .quote("the talks were useful", "Blinken", "e3")
                .event("UKRGOV", "e1", "RUSGOV", "e2", "042", "CONSULT", 1.9, 1, "")
                .event("RUS", "e2", "UKR", "e1", "046", "Consult", 7.0, 1, "2024-06-04")
                .build();
    }

    public static StoredArticle a4() {
        return ArticleFixture.article("a4", "Lavrov spoke to journalists.")
                .title("Undated note").site("news.example.org")
                .entity("e1", PERSON, "Sergei Lavrov", "Foreign Minister", "RUS", "Lavrov")
                .event("RUSGOV", "e1", "", "", "010", "STATEMENT", 0.0, 1, "")
                .build();
    }

    public static List<StoredArticle> all() {
        return List.of(a1(), a2(), a3(), a4());
    }

}
