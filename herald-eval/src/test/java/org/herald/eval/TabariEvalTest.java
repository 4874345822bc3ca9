package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.herald.eval.TabariRecords.Expectation;
import org.herald.eval.TabariRecords.TabariRecord;
import org.herald.events.petrarch.CodedEvent;
import org.junit.jupiter.api.Test;

/** Scoring on records written inline in the suite's JSON shape (invented names), with a scripted coder. */
class TabariEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TabariRecord record(String json) throws Exception {
        return TabariRecords.record(JSON.readTree(json));
    }

    private static CodedEvent e(String source, String target, String code) {
        return new CodedEvent(source, target, code);
    }

    @Test
    void readsMarkersDeactivatedTriplesDatesAndUnclosedOptions() throws Exception {
        TabariRecord r = record("""
                {"id": "X-1", "date": "950103", "category": "demo", "text": "t", "flags": [],
                 "options": [], "comment": "",
                 "expected_events": [{"source": "NOR", "target": "EAS", "code": "064", "negated_marker": false},
                                     {"source": "EAS", "target": "NOR", "code": "064", "negated_marker": true}]}""");
        assertEquals(Expectation.EVENTS, r.expectation());
        assertEquals(java.time.LocalDate.of(1995, 1, 3), r.date());
        assertEquals("DEMO", r.category());
        assertEquals(1, r.deactivated().size());
        TabariRecord quiet = record("""
                {"id": "X-2", "date": "950101", "category": "VERB", "text": "t", "flags": ["---"],
                 "options": [], "expected_events": [], "comment": "{ OPTION: SET: MINIMUM WORDS = 4  */"}""");
        assertEquals(Expectation.MUST_NOT_CODE, quiet.expectation());
        assertEquals(List.of("OPTION: SET: MINIMUM WORDS = 4"), quiet.options());
    }

    @Test
    void countsPassedMissedExtraAndQuietRecordsByCategory() throws Exception {
        List<TabariRecord> records = List.of(
                record("""
                        {"id": "A-1", "date": "950101", "category": "A", "text": "one", "flags": [], "options": [],
                         "comment": "", "expected_events": [
                           {"source": "NOR", "target": "EAS", "code": "064", "negated_marker": false},
                           {"source": "EAS", "target": "NOR", "code": "064", "negated_marker": false}]}"""),
                record("""
                        {"id": "B-1", "date": "950101", "category": "B", "text": "two", "flags": ["---"],
                         "options": [], "comment": "", "expected_events": []}"""),
                record("""
                        {"id": "B-2", "date": "950101", "category": "B", "text": "three", "flags": ["###"],
                         "options": [], "comment": "", "expected_events": []}"""),
                record("""
                        {"id": "C-1", "date": "950101", "category": "C", "text": "four", "flags": ["+++"],
                         "options": ["OPTION: SET: TIME SHIFT = TRUE"], "comment": "", "expected_events": []}"""));
        Map<String, List<List<CodedEvent>>> coded = Map.of(
                "one", List.of(List.of(e("NOR", "EAS", "064"), e("NOR", "---", "010"))),
                "two", List.of(List.of(e("NOR", "EAS", "190"))),
                "three", List.of(List.of()),
                "four", List.of(List.of(e("NOR", "EAS", "020"))));
        TabariEval.Report r = TabariEval.run(records, (text, date) -> coded.get(text));
        assertEquals(new TabariEval.Score("ALL", 1, 0, 2, 1, 2, 1, 0, 1, 1), r.overall());
        assertEquals(new TabariEval.Score("A", 1, 0, 2, 1, 1, 0, 0, 0, 0), r.categories().get(0));
        assertEquals(1, r.notATest());
        assertEquals(1, r.notATestEvents());
        assertEquals(List.of("C-1: OPTION: SET: TIME SHIFT = TRUE"), r.unsupportedOptions());
        assertEquals(2, r.failures().size(), r.failures().toString());
    }

    @Test
    void codeBySentenceKeepsEachSentencesFirstEvent() throws Exception {
        List<TabariRecord> records = List.of(
                record("""
                        {"id": "S-0", "date": "950101", "category": "S", "text": "switch", "flags": ["+++"],
                         "options": ["OPTION: SET: CODE BY SENTENCE"], "comment": "", "expected_events": []}"""),
                record("""
                        {"id": "S-1", "date": "950101", "category": "S", "text": "one", "flags": [], "options": [],
                         "comment": "", "expected_events": [
                           {"source": "NOR", "target": "EAS", "code": "042", "negated_marker": false}]}"""));
        TabariEval.Report r = TabariEval.run(records, (text, date) -> text.equals("one")
                ? List.of(List.of(e("NOR", "EAS", "042"), e("NOR", "EAS", "122"))) : List.of());
        assertEquals(1, r.overall().passedRecords());
        assertEquals(0, r.overall().extra());
        assertEquals(List.of(), r.unsupportedOptions());
    }
}
