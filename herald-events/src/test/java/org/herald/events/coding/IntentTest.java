package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.events.cameo.CameoCodebook;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

/**
 * Stated intentions and threats, on hand-written parses of the kind CoreNLP produces: the statement is coded as the
 * asserted 03 or 13 event, the act is kept only with a mode that is not asserted, and someone else's guess is no
 * threat.
 */
class IntentTest {
    private static final CameoCoder CODER = new CameoCoder(new CountryActors());
    private static final LocalDate REFERENCE = LocalDate.parse("2024-03-04");

    private static List<Event> code(String tagged, String deps, String... namesAndCodes) {
        ParsedText parsed = Parses.text(tagged, deps);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < namesAndCodes.length; i += 2) {
            String name = namesAndCodes[i];
            List<Mention> mentions = new ArrayList<>();
            for (int at = parsed.text().indexOf(name); at >= 0; at = parsed.text().indexOf(name, at + 1)) {
                mentions.add(new Mention(new Span(at, at + name.length()), name));
            }
            entities.add(new Entity("e" + i, name, EntityType.COUNTRY, Optional.empty(),
                    Optional.of(namesAndCodes[i + 1]), mentions));
        }
        return CODER.code(parsed, entities, List.of(), List.of(), Optional.of(REFERENCE));
    }

    private static List<String> keys(List<Event> events) {
        return events.stream().map(e -> e.source().code() + ">" + e.target().map(a -> a.code()).orElse("-") + " "
                + e.cameo() + " " + e.mode()).toList();
    }

    @Test
    void willAttackIsAnAssertedThreatAndAFutureAttack() {
        List<Event> events = code("Iran/Iran/NNP will/will/MD attack/attack/VB Israel/Israel/NNP ./././.",
                "nsubj(2,0) aux(2,1) root(-1,2) obj(2,3) punct(2,4)", "Iran", "IRN", "Israel", "ISR");
        assertEquals(List.of("IRN>ISR 190 FUTURE", "IRN>ISR 1384 ASSERTED"), keys(events));
        assertTrue(CameoCoder.isRestatedAct(events.get(0)));
        assertFalse(CameoCoder.isRestatedAct(events.get(1)));
        assertEquals("THREATEN", events.get(1).plover());
        assertEquals("intent:svo:verbs.tsv:attack+by-will", events.get(1).evidence().rule());
    }

    @Test
    void aVowReplacesTheVowsOwnBarePromise() {
        // "vow" has a bare row (030) and none for shelling; the shelling under it is coded on its own and then as the threat it is.
        List<Event> events = code("Russia/Russia/NNP vowed/vow/VBD to/to/TO shell/shell/VB Ukraine/Ukraine/NNP "
                + "./././.", "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) obj(3,4) punct(1,5)",
                "Russia", "RUS", "Ukraine", "UKR");
        assertEquals(List.of("RUS>UKR 194 FUTURE", "RUS>UKR 1384 ASSERTED"), keys(events));
    }

    @Test
    void aGuessOrSomeoneElsesForecastIsNoThreat() {
        List<Event> could = code("Analysts/analyst/NNS say/say/VBP Russia/Russia/NNP could/could/MD "
                + "invade/invade/VB Ukraine/Ukraine/NNP ./././.",
                "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) obj(4,5) punct(1,6)",
                "Russia", "RUS", "Ukraine", "UKR");
        assertEquals(List.of("RUS>UKR 190 HYPOTHETICAL"), keys(could));
        List<Event> forecast = code("Ukraine/Ukraine/NNP said/say/VBD Russia/Russia/NNP will/will/MD "
                + "invade/invade/VB Moldova/Moldova/NNP ./././.",
                "nsubj(1,0) root(-1,1) nsubj(4,2) aux(4,3) ccomp(1,4) obj(4,5) punct(1,6)",
                "Ukraine", "UKR", "Russia", "RUS", "Moldova", "MDA");
        assertEquals(List.of("RUS>MDA 190 FUTURE"), keys(forecast));
    }

    @Test
    void aNegatedActIsNeitherAssertedNorAThreat() {
        List<Event> events = code("Iran/Iran/NNP will/will/MD not/not/RB attack/attack/VB Israel/Israel/NNP ./././.",
                "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) punct(3,5)", "Iran", "IRN", "Israel", "ISR");
        assertEquals(List.of("IRN>ISR 190 NEGATED"), keys(events));
    }

    @Test
    void theConditionIsNotTheThreatButTheResponseIs() {
        List<Event> events = code("If/if/IN Israel/Israel/NNP strikes/strike/VBZ Iran/Iran/NNP ,/,/, "
                + "Iran/Iran/NNP will/will/MD retaliate/retaliate/VB against/against/IN Israel/Israel/NNP ./././.",
                "mark(2,0) nsubj(2,1) advcl(7,2) obj(2,3) punct(7,4) nsubj(7,5) aux(7,6) root(-1,7) case(9,8) "
                        + "obl(7,9) punct(7,10)", "Israel", "ISR", "Iran", "IRN");
        assertTrue(keys(events).contains("ISR>IRN 190 HYPOTHETICAL"), keys(events).toString());
        assertTrue(keys(events).contains("IRN>ISR 1384 ASSERTED"), keys(events).toString());
        assertFalse(keys(events).contains("ISR>IRN 1384 ASSERTED"), keys(events).toString());
        assertTrue(events.stream().filter(e -> e.mode() == EventMode.ASSERTED).allMatch(e -> e.cameo().startsWith("13")));
    }

    @Test
    void willNotProvideAidIsAnAssertedRefusalAndANegatedAct() {
        // #4: "X said it would not provide support" is the 12x refusal the CAMEO codebook names (122 for aid).
        List<Event> events = code("Germany/Germany/NNP will/will/MD not/not/RB provide/provide/VB aid/aid/NN "
                + "to/to/IN Israel/Israel/NNP ./././.",
                "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) case(6,5) obl(3,6) punct(3,7)",
                "Germany", "DEU", "Israel", "ISR");
        assertEquals(List.of("DEU>ISR 070 NEGATED", "DEU>ISR 122 ASSERTED"), keys(events));
        assertTrue(CameoCoder.isRestatedAct(events.get(0)));
        assertEquals("refusal:svo:verbs.tsv:provide aid+by-will", events.get(1).evidence().rule());
    }

    @Test
    void refusedToProvideAidReplacesTheBareRefusal() {
        // "refuse" has a bare row (120) and none for aid; the aid under it is negated and refused specifically.
        List<Event> events = code("Iran/Iran/NNP refused/refuse/VBD to/to/TO provide/provide/VB aid/aid/NN "
                + "to/to/IN Syria/Syria/NNP ./././.",
                "nsubj(1,0) root(-1,1) mark(3,2) xcomp(1,3) obj(3,4) case(6,5) obl(3,6) punct(1,7)",
                "Iran", "IRN", "Syria", "SYR");
        assertEquals(List.of("IRN>SYR 070 NEGATED", "IRN>SYR 122 ASSERTED"), keys(events));
    }

    @Test
    void aNegatedPastActIsNoRefusal() {
        // "did not provide" reports what did not happen; nobody stated a refusal.
        List<Event> events = code("Germany/Germany/NNP did/do/VBD not/not/RB provide/provide/VB aid/aid/NN "
                + "to/to/IN Israel/Israel/NNP ./././.",
                "nsubj(3,0) aux(3,1) advmod(3,2) root(-1,3) obj(3,4) case(6,5) obl(3,6) punct(3,7)",
                "Germany", "DEU", "Israel", "ISR");
        assertEquals(List.of("DEU>ISR 070 NEGATED"), keys(events));
    }

    @Test
    void theRefusalTableFallsBackToTheParentCode() {
        IntentCodes codes = IntentCodes.refusals(CameoCodebook.load());
        assertEquals(Optional.of("1243"), codes.of("0841"));
        assertEquals(Optional.of("1222"), codes.of("072"));
        assertEquals(Optional.of("125"), codes.of("042"));
        assertEquals(Optional.of("1246"), codes.of("0871"));
        // A conflict act not done is no refusal to cooperate: "will not attack" stays negated, nothing asserted.
        assertEquals(Optional.empty(), codes.of("190"));
        assertEquals(Optional.empty(), codes.of("010"));
    }

    @Test
    void theTableFallsBackToTheParentCode() {
        IntentCodes codes = IntentCodes.load(CameoCodebook.load());
        assertEquals(Optional.of("1381"), codes.of("191"));
        assertEquals(Optional.of("1384"), codes.of("194"));
        assertEquals(Optional.of("130"), codes.of("1712"));
        // A cooperative act said to come is its 03 intent, falling back to the parent: 0841 → 084 → 0353.
        assertEquals(Optional.of("0353"), codes.of("0841"));
        assertEquals(Optional.of("036"), codes.of("042"));
        assertEquals(Optional.of("0332"), codes.of("072"));
        // Verbal acts, demands and disapproval have no intent code.
        assertEquals(Optional.empty(), codes.of("010"));
        assertEquals(Optional.empty(), codes.of("112"));
    }
}
