package org.herald.events.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.herald.model.analysis.EventMode;
import org.herald.nlp.entity.Places;
import org.junit.jupiter.api.Test;

class GdeltWriterTest {
    static final String DOCUMENT = """
            {"source":"a.html","url":"https://news.example/a","published":"2024-03-05T10:00:00Z",
             "body":"Russia's foreign minister met his German counterpart in Geneva.\\n\\n\
            The talks lasted three hours.\\n\\nLater text.",
             "paragraphs":["Russia's foreign minister met his German counterpart in Geneva.",
                           "The talks lasted three hours.", "Later text."],
             "events":[
              {"source":{"name":"Russia's foreign minister","code":"RUSGOV","entity":"e1"},
               "target":{"name":"his German counterpart","code":"DEUGOV","entity":"e2"},
               "cameo":"036","plover":"CONSULT","plover_mode":null,"goldstein":4.0,"quad_class":1,
               "mode":"asserted","date":"2024-03-04","location":{"name":"Geneva","country":"CHE"},
               "sentence":"Russia's foreign minister met his German counterpart in Geneva.",
               "start":0,"end":52,"trigger":"met","rule":"svo"},
              {"source":{"name":"NATO","code":"NATO","entity":"e3"},"target":null,
               "cameo":"1721","plover":"COERCE","plover_mode":null,"goldstein":-5.0,"quad_class":4,
               "mode":"asserted","date":"2024-W10","location":null,
               "sentence":"Later text.","start":97,"end":107,"trigger":"x","rule":"svo"}]}
            """;

    private final GdeltWriter writer = new GdeltWriter(Places.load(),
            Clock.fixed(Instant.parse("2024-03-06T12:00:00Z"), ZoneOffset.UTC));

    static JsonNode document() throws Exception {
        return new ObjectMapper().readTree(DOCUMENT);
    }

    private static String cell(String row, String column) {
        return row.split("\t", -1)[GdeltColumns.index(column)];
    }

    @Test
    void everyRowHasTheSixtyOneColumnsOfTheCodebook() throws Exception {
        assertEquals(61, writer.header().split("\t").length);
        for (String row : writer.rows(document())) {
            assertEquals(61, row.split("\t", -1).length);
        }
    }

    @Test
    void fillsDatesActorsCodesAndPlace() throws Exception {
        String row = writer.rows(document()).get(0);
        assertEquals("20240304", cell(row, "Day"));
        assertEquals("202403", cell(row, "MonthYear"));
        assertEquals("RUSGOV", cell(row, "Actor1Code"));
        assertEquals("RUS", cell(row, "Actor1CountryCode"));
        assertEquals("GOV", cell(row, "Actor1Type1Code"));
        assertEquals("RUSSIA'S FOREIGN MINISTER", cell(row, "Actor1Name"));
        assertEquals("DEU", cell(row, "Actor2CountryCode"));
        assertEquals("1", cell(row, "IsRootEvent"));
        assertEquals("036", cell(row, "EventCode"));
        assertEquals("036", cell(row, "EventBaseCode"));
        assertEquals("03", cell(row, "EventRootCode"));
        assertEquals("1", cell(row, "QuadClass"));
        assertEquals("4.0", cell(row, "GoldsteinScale"));
        assertEquals("4", cell(row, "ActionGeo_Type"));
        assertEquals("Geneva, Switzerland", cell(row, "ActionGeo_FullName"));
        assertEquals("20240306120000", cell(row, "DATEADDED"));
        assertEquals("https://news.example/a", cell(row, "SOURCEURL"));
        assertEquals("", cell(row, "ActionGeo_Lat"));
    }

    @Test
    void aWeekFillsItsMonthAndYearNoDayAndGroupsAreNotCountries() throws Exception {
        String row = writer.rows(document()).get(1);
        // 2024-W10 is Monday 4 to Sunday 10 March: the month and year are known, the day is not.
        assertEquals("", cell(row, "Day"));
        assertEquals("202403", cell(row, "MonthYear"));
        assertEquals("2024", cell(row, "Year"));
        assertEquals("NATO", cell(row, "Actor1KnownGroupCode"));
        assertEquals("", cell(row, "Actor1CountryCode"));
        assertEquals("", cell(row, "Actor2Code"));
        assertEquals("0", cell(row, "IsRootEvent"));
        assertEquals("172", cell(row, "EventBaseCode"));
    }

    @Test
    void anEventInTheSecondParagraphIsARootEventWhenTheFirstIsAShortLine() throws Exception {
        // The first paragraph (64 characters) is under Lead.SHORT_PARAGRAPH_CHARS: the lead takes the second too.
        String second = DOCUMENT.replace("\"sentence\":\"Later text.\",\"start\":97,\"end\":107",
                "\"sentence\":\"The talks lasted three hours.\",\"start\":70,\"end\":75");
        assertEquals("1", cell(writer.rows(new ObjectMapper().readTree(second)).get(1), "IsRootEvent"));
    }

    @Test
    void storyCountsFillNumMentionsNumSourcesAndNumArticles() throws Exception {
        JsonNode document = document();
        String alone = writer.row(document, document.path("events").get(0));
        assertEquals(List.of("1", "1", "1"), List.of(cell(alone, "NumMentions"), cell(alone, "NumSources"),
                cell(alone, "NumArticles")));
        String story = writer.row(document, document.path("events").get(0), new StoryCounts(5, 2, 3));
        assertEquals(List.of("5", "2", "3"), List.of(cell(story, "NumMentions"), cell(story, "NumSources"),
                cell(story, "NumArticles")));
    }

    @Test
    void idsAreStableAndDistinct() throws Exception {
        List<String> first = writer.rows(document());
        List<String> again = writer.rows(document());
        assertEquals(cell(first.get(0), "GlobalEventID"), cell(again.get(0), "GlobalEventID"));
        assertNotEquals(cell(first.get(0), "GlobalEventID"), cell(first.get(1), "GlobalEventID"));
    }

    @Test
    void aYearOrMonthDateFillsOnlyTheColumnsItsPrecisionKnowsNeverADay() throws Exception {
        String year = dated("\"1967\"");
        assertEquals(List.of("", "", "1967", ""), List.of(cell(year, "Day"), cell(year, "MonthYear"),
                cell(year, "Year"), cell(year, "FractionDate")));
        String month = dated("\"2019-11\"");
        assertEquals(List.of("", "201911", "2019"), List.of(cell(month, "Day"), cell(month, "MonthYear"),
                cell(month, "Year")));
        String decade = dated("\"199X\"");
        assertEquals(List.of("", "", ""), List.of(cell(decade, "Day"), cell(decade, "MonthYear"), cell(decade, "Year")));
    }

    @Test
    void anUndatedEventGetsNoDateColumnsNotThePublicationDay() throws Exception {
        String none = dated("null");
        assertEquals(List.of("", "", ""), List.of(cell(none, "Day"), cell(none, "MonthYear"), cell(none, "Year")));
    }

    private String dated(String json) throws Exception {
        return writer.rows(new ObjectMapper().readTree(DOCUMENT.replace("\"2024-03-04\"", json))).get(0);
    }

    @Test
    void geoColumnsComeFromTheEventsPlaceAndTheActorsCountries() throws Exception {
        String placed = DOCUMENT.replace("{\"name\":\"Geneva\",\"country\":\"CHE\"}",
                "{\"name\":\"Kyiv\",\"country\":\"UKR\",\"kind\":\"populated_place\",\"admin1\":\"12\","
                        + "\"lat\":50.45466,\"lon\":30.5238,\"geonames_id\":703448}");
        String row = writer.rows(new ObjectMapper().readTree(placed)).get(0);
        assertEquals("4", cell(row, "ActionGeo_Type"));
        assertEquals("Kyiv, Ukraine", cell(row, "ActionGeo_FullName"));
        assertEquals("UKR", cell(row, "ActionGeo_CountryCode"));
        assertEquals("UKR12", cell(row, "ActionGeo_ADM1Code"));
        assertEquals("50.4547", cell(row, "ActionGeo_Lat"));
        assertEquals("30.5238", cell(row, "ActionGeo_Long"));
        assertEquals("703448", cell(row, "ActionGeo_FeatureID"));
        assertEquals("1", cell(row, "Actor1Geo_Type"));
        assertEquals("RUS", cell(row, "Actor1Geo_CountryCode"));
        assertEquals(55.75, Double.parseDouble(cell(row, "Actor1Geo_Lat")), 0.1);   // Moscow, the capital
        assertEquals("DEU", cell(row, "Actor2Geo_CountryCode"));
        String group = writer.rows(document()).get(1);
        assertEquals("", cell(group, "Actor1Geo_Type"));                            // NATO: no country
        assertEquals("", cell(group, "ActionGeo_Type"));                            // no place
    }

    @Test
    void aCountryPlaceIsTypeOneWithItsCodeAsFeature() throws Exception {
        String placed = DOCUMENT.replace("{\"name\":\"Geneva\",\"country\":\"CHE\"}",
                "{\"name\":\"Ukraine\",\"country\":\"UKR\",\"kind\":\"country\",\"admin1\":null,"
                        + "\"lat\":50.45466,\"lon\":30.5238,\"geonames_id\":null}");
        String row = writer.rows(new ObjectMapper().readTree(placed)).get(0);
        assertEquals("1", cell(row, "ActionGeo_Type"));
        assertEquals("Ukraine", cell(row, "ActionGeo_FullName"));
        assertEquals("UKR", cell(row, "ActionGeo_FeatureID"));
        assertEquals("", cell(row, "ActionGeo_ADM1Code"));
    }

    @Test
    void onlyAssertedEventsAreRowsUnlessTheSelectionAsksForMore() throws Exception {
        JsonNode negated = new ObjectMapper().readTree(DOCUMENT.replaceFirst("\"asserted\"", "\"negated\""));
        List<String> rows = writer.rows(negated);
        assertEquals(1, rows.size());
        assertEquals("1721", cell(rows.get(0), "EventCode"));
        assertEquals(2, writer.rows(negated, EventSelection.all()).size());
        assertEquals(1, writer.rows(negated, new EventSelection(EnumSet.of(EventMode.NEGATED), 0)).size());
    }

    @Test
    void aMinimumConfidenceLeavesOutEventsBelowItAndThoseWithoutOne() throws Exception {
        JsonNode rated = new ObjectMapper().readTree(DOCUMENT.replace("\"rule\":\"svo\"}", "\"rule\":\"svo\",\"confidence\":0.8}")
                .replaceFirst("\"confidence\":0.8", "\"confidence\":0.4"));
        assertEquals(2, writer.rows(rated).size());
        List<String> confident = writer.rows(rated, EventSelection.asserted().withMinConfidence(0.5));
        assertEquals(1, confident.size());
        assertEquals("1721", cell(confident.get(0), "EventCode"));
        assertEquals(0, writer.rows(document(), EventSelection.asserted().withMinConfidence(0.1)).size(),
                "events written before confidence existed cannot be said to reach any bar");
    }

    // #11: export wrote the word "null" into GDELT's CAMEO columns for a JSON null.
    @Test
    void aJsonNullIsAnEmptyCellNeverTheWordNull() throws Exception {
        JsonNode doc = new ObjectMapper().readTree("""
                {"source":"b.html","url":null,"published":"2024-03-05","paragraphs":["Text."],
                 "events":[{"source":{"name":null,"code":"RUS","entity":null},"target":{"name":"x","code":null},
                  "cameo":null,"plover":null,"goldstein":null,"quad_class":null,"mode":"asserted","date":null,
                  "location":{"name":null,"country":null},"sentence":"Text.","start":0,"end":5,"trigger":null,
                  "rule":null}]}
                """);
        assertEquals(1, writer.rows(doc).size(), "the event is a row");
        for (String row : writer.rows(doc)) {
            for (String cellText : row.split("\t", -1)) {
                org.junit.jupiter.api.Assertions.assertNotEquals("null", cellText, row);
            }
        }
    }
}
