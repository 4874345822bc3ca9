package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.EventMode;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Place;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.time.TimeResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coder with the real parser, entity finder, date resolver and quote finder, on sentences we wrote to cover every
 * CAMEO root and each clause shape and mode. Expected events are "source target code mode" ("-" for no target).
 */
class CameoCoderIT {
    private static final LocalDate REFERENCE = LocalDate.parse("2024-03-04");
    private static CameoCoder coder;
    private static RealCoding pipeline;

    private record Case(String text, List<String> expected) {}

    private static final List<Case> CASES = List.of(
            // a statement that names no party and no role is no event (issue 9: bare "said" statements)
            new Case("Japan said on Monday that the economy was recovering.", List.of()),
            // a coordinated clause is outside the denial's scope
            new Case("Russia denied the report, but Russia shelled Ukraine on Sunday.",
                    List.of("RUS - 016 ASSERTED", "RUS UKR 194 ASSERTED")),
            new Case("France called for talks between Russia and Ukraine.", List.of("FRA - 026 ASSERTED")),
            new Case("Pakistan urged India to resume talks.", List.of("PAK IND 026 ASSERTED")),
            new Case("China agreed to meet Japan next week.", List.of("CHN JPN 036 ASSERTED")),
            new Case("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on March 3.",
                    List.of("INDGOV JPNGOV 040 ASSERTED")),
            // "his" is the subject's own word: the counterpart is the other country's (adjective), not the subject's.
            new Case("Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart Jeje Odongo in Nairobi.",
                    List.of("KENGOV UGAGOV 040 ASSERTED")),
            new Case("Germany praised Ukraine for its reforms.", List.of("DEU UKR 051 ASSERTED")),
            new Case("Israel shared intelligence with the United States.", List.of("ISR USA 064 ASSERTED")),
            new Case("Germany sent military aid to Ukraine.", List.of("DEU UKR 072 ASSERTED")),
            new Case("Russia released two Ukrainian prisoners on Sunday.", List.of("RUS UKR 0841 ASSERTED")),
            new Case("Turkey investigated the deaths of two journalists.", List.of("TUR - 090 ASSERTED")),
            new Case("Iran demanded that Israel withdraw its forces.", List.of("IRN ISR 100 ASSERTED")),
            new Case("Israel accused Iran of supporting terrorism.", List.of("ISR IRN 112 ASSERTED")),
            new Case("Ukraine condemned Russia.", List.of("UKR RUS 111 ASSERTED")),
            new Case("Egypt rejected the proposal.", List.of("EGY - 120 ASSERTED")),
            new Case("The United States threatened to impose sanctions on Iran.", List.of("USA IRN 1312 ASSERTED")),
            new Case("Ukrainian protesters demonstrated against Russia in Kyiv on Sunday.",
                    List.of("UKR RUS 141 ASSERTED")),
            new Case("China deployed troops along the border.", List.of("CHN - 154 ASSERTED")),
            new Case("The United States imposed sanctions on Iran.", List.of("USA IRN 163 ASSERTED")),
            new Case("Poland expelled 45 Russian diplomats.", List.of("POL RUS 166 ASSERTED")),
            new Case("Russia arrested two Ukrainian journalists in Moscow on Tuesday.", List.of("RUS UKR 173 ASSERTED")),
            new Case("Russian soldiers tortured Ukrainian prisoners.", List.of("RUS UKR 1822 ASSERTED")),
            new Case("Russian jets bombed Kharkiv.", List.of("RUS UKR 195 ASSERTED")),
            new Case("Syria used chemical weapons against rebels.", List.of("SYR - 2041 ASSERTED")),
            new Case("Japan apologized to South Korea.", List.of("JPN KOR 055 ASSERTED")),
            // Conjoined signers of an agreement sign it with each other (reciprocal-verbs.tsv, issue #4).
            new Case("Russia and China signed an agreement on energy.",
                    List.of("RUS CHN 057 ASSERTED", "CHN RUS 057 ASSERTED")),
            new Case("Kyiv was attacked by Russian forces on Monday.", List.of("RUS UKR 190 ASSERTED")),
            new Case("Moscow denies it has any plans to invade Ukraine.", List.of("RUS UKR 190 NEGATED")),
            new Case("Russia did not attack Ukraine.", List.of("RUS UKR 190 NEGATED")),
            new Case("Russia could invade Ukraine.", List.of("RUS UKR 190 HYPOTHETICAL")),
            new Case("If Iran attacks Israel, the United States will respond.", List.of("IRN ISR 190 HYPOTHETICAL")),
            new Case("Chinese President Xi Jinping will visit France next month.", List.of("CHNGOV FRA 042 FUTURE")),
            new Case("Japan will provide humanitarian aid to Ukraine.", List.of("JPN UKR 073 FUTURE")),
            new Case("\"Russia attacked our hospitals,\" Ukrainian President Volodymyr Zelensky said.",
                    List.of("RUS - 190 REPORTED")),
            new Case("Ukraine said Russia shelled Kharkiv.", List.of("RUS UKR 194 REPORTED")),
            new Case("Russia attacked Ukraine on 24 February 2022.", List.of("RUS UKR 190 ASSERTED")),
            new Case("Russia attacked Ukraine and attacked Ukraine again on Tuesday.", List.of("RUS UKR 190 ASSERTED")),
            new Case("Russia attacked Ukraine and Georgia.", List.of("RUS UKR 190 ASSERTED", "RUS GEO 190 ASSERTED")),
            new Case("Russia attacked and occupied Crimea.", List.of("RUS - 190 ASSERTED", "RUS - 192 ASSERTED")),
            new Case("The United States issued a threat of sanctions against Iran.", List.of("USA IRN 1312 ASSERTED")),
            new Case("Germany renewed its calls for talks.", List.of("DEU - 026 ASSERTED")),
            new Case("Ukraine condemned the Russian forces that attacked Kharkiv.",
                    List.of("UKR RUS 111 ASSERTED", "RUS UKR 190 ASSERTED")),
            new Case("Israel warned that an attack on Iran would have serious consequences.",
                    List.of("ISR - 130 ASSERTED")),
            new Case("Gunmen killed three soldiers.", List.of()),
            new Case("Russia arrested Russian journalists.", List.of()));

    /**
     * Sentences written after the coder was tuned on {@link #CASES} and not tuned on since: the accuracy printed for
     * them is the honest one. Not asserted.
     */
    private static final List<Case> HELD_OUT = List.of(
            new Case("Turkish President Recep Tayyip Erdogan criticized Sweden on Tuesday.",
                    List.of("TURGOV SWE 111 ASSERTED")),
            new Case("North Korea fired missiles toward Japan.", List.of("PRK JPN 190 ASSERTED")),
            new Case("Egypt hosted talks between Israel and Hamas in Cairo.", List.of("EGY - 043 ASSERTED")),
            new Case("France and Germany condemned the attack.", List.of("FRA - 111 ASSERTED", "DEU - 111 ASSERTED")),
            new Case("Iran has not released the British prisoners.", List.of("IRN GBR 0841 NEGATED")),
            new Case("Russia may cut gas supplies to Europe.", List.of("RUS - 162 HYPOTHETICAL")),
            new Case("India and Pakistan agreed to hold talks next month.",
                    List.of("IND - 036 ASSERTED", "PAK - 036 ASSERTED")),
            new Case("Chinese troops killed 20 Indian soldiers in the Galwan Valley.", List.of("CHN IND 190 ASSERTED")),
            new Case("Israel said it would strike Iran if attacked.", List.of("ISR IRN 190 HYPOTHETICAL")),
            new Case("Venezuela expelled the Spanish ambassador.", List.of("VEN ESP 166 ASSERTED")),
            new Case("Brazil offered to mediate between Russia and Ukraine.", List.of("BRA - 039 ASSERTED")),
            new Case("Police arrested dozens of protesters in Tbilisi.", List.of()));

    /** Issue 4: one sentence per verb family and clause shape added for recall, written by us in wire style. */
    private static final List<Case> RECALL = List.of(
            new Case("Turkey extradited two suspects to Germany on Friday.", List.of("TUR DEU 063 ASSERTED")),
            new Case("France lifted its embargo on Iran.", List.of("FRA IRN 085 ASSERTED")),
            new Case("China slammed the United States on Monday.", List.of("CHN USA 111 ASSERTED")),
            new Case("Iran lodged a protest with Iraq.", List.of("IRN IRQ 114 ASSERTED")),
            new Case("Israel fired rockets at Lebanon.", List.of("ISR LBN 190 ASSERTED")),
            new Case("The United States urged Russia to withdraw its troops.", List.of("USA RUS 0256 ASSERTED")),
            new Case("Britain called on Israel to lift the blockade.", List.of("GBR ISR 025 ASSERTED")),
            new Case("Serbia refused to release the prisoners.", List.of("SRB - 1243 ASSERTED")),
            new Case("Iraq established diplomatic ties with Iran.", List.of("IRQ IRN 054 ASSERTED")),
            // an event noun's own modifier: the hunger strike is 142, not an armed strike
            new Case("Ukrainian protesters began a hunger strike in Kyiv.", List.of("UKR - 142 ASSERTED")),
            // a purpose infinitive shares the subject of the clause above
            new Case("Georgian protesters gathered in Tbilisi to demand reforms.", List.of("GEO - 104 ASSERTED")),
            // a trailing attribution sources the news; it is no statement event of its own
            new Case("Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
                    List.of("RUS UKR 194 REPORTED")),
            // an event noun's doer after "by"
            new Case("Eight people died in an air strike by Russian forces on Kharkiv.",
                    List.of("RUS UKR 195 ASSERTED")),
            // a gerund complement shares the subject above
            new Case("Russian troops resumed shelling Kharkiv on Monday.", List.of("RUS UKR 194 ASSERTED")),
            // no row of "begin" takes "to protest", so the protest is coded on its own, by the strikers
            new Case("Ukrainian protesters began a hunger strike to protest against Russia.",
                    List.of("UKR - 142 ASSERTED", "UKR RUS 140 ASSERTED")),
            // "according to" credits the news's source: the event is the inner clause's, and reported (#4)
            new Case("According to Ukrainian officials, Russia shelled Kharkiv on Monday.",
                    List.of("RUS UKR 194 REPORTED")),
            // the subject of a passive controls its xcomp: Russia is the one who attends; a summit's place is no
            // party to it (#4)
            new Case("Russia is scheduled to attend the summit in China next week.",
                    List.of("RUS - 044 FUTURE")),
            // a bare-verbs.tsv fallback: no row of "contribute" needs only what this clause has (#4)
            new Case("France contributed funds to Mali.", List.of("FRA MLI 070 ASSERTED")),
            // a light verb: the blockade names the event, the one who tightens it its doer (#4)
            new Case("Israel tightened its blockade of Lebanon.", List.of("ISR LBN 191 ASSERTED")));

    @BeforeAll
    static void load() {
        coder = new CameoCoder(new CountryActors());
        pipeline = new RealCoding(coder, REFERENCE);
    }

    private static List<Event> code(String text) {
        return pipeline.code(text);
    }

    private static String key(Event e) {
        return e.source().code() + " " + e.target().map(Actor::code).orElse("-") + " " + e.cameo() + " " + e.mode();
    }

    @Test
    void aCoordinatedClauseIsOutsideADenial() {
        assertEquals(List.of("RUS - 016 ASSERTED", "RUS UKR 194 ASSERTED"),
                code("Russia denied the report, but Russia shelled Ukraine on Sunday.").stream()
                        .map(CameoCoderIT::key).toList());
    }

    /** Issue 9's rules for actors, targets and roles, each sentence ours; every one must be coded exactly. */
    private static final List<Case> ISSUE_9 = List.of(
            // #9: an obligation stated is the speaker's demand; the owner or the country of an object is the target
            // (actors' countries are in DictionaryActorCoderIT).
            new Case("Kenya said Somalia must withdraw its troops.", List.of("KEN SOM 100 ASSERTED")),
            new Case("Canada praised Mexico's reforms.", List.of("CAN MEX 051 ASSERTED")),
            new Case("Pakistan condemned Indian airstrikes.", List.of("PAK IND 111 ASSERTED")),
            // #9: the act the object names is aimed at its prepositional complement ("action against X").
            new Case("Egypt rejected any cooperation with Turkey.", List.of("EGY TUR 120 ASSERTED")),
            new Case("Kenya imposed new sanctions on Somalia.", List.of("KEN SOM 163 ASSERTED")),
            // #9: a time phrase's "on" is no "call on": a bare phone call is no appeal.
            new Case("On Monday, Kenya called the Somali president.", List.of()),
            // a warning given is a warning to its recipient; a loan given is the aid of "give loan", not a second act
            new Case("Egypt gave Israel a stern warning about the border.", List.of("EGY ISR 130 ASSERTED")),
            new Case("Japan gave Kenya a loan of 20 million dollars on Monday.", List.of("JPN KEN 071 ASSERTED")),
            // the rally knows its target, the verb does not: the rally's dyad is kept
            new Case("Ukrainian students staged rallies against Russia in Kyiv.", List.of("UKR RUS 141 ASSERTED")),
            // a '-' row of verbs.tsv: the sense is never a political event, though the bare verb is one
            new Case("Kenya defended its title against Egypt on Sunday.", List.of()),
            new Case("Kenya defended Somalia against the charges.", List.of("KEN SOM 052 ASSERTED")));

    @Test
    void codesActorsTargetsAndRolesFromEvidence() {
        for (Case c : ISSUE_9) {
            assertEquals(c.expected(), code(c.text()).stream().map(CameoCoderIT::key).toList(), c.text());
        }
    }

    @Test
    void codesTheSentencesWeWrote() {
        int right = score("tuned", CASES);
        assertTrue(right >= CASES.size() * 0.8, right + "/" + CASES.size() + " right");
    }

    @Test
    void codesTheRecallSentences() {
        int right = score("recall", RECALL);
        assertTrue(right >= RECALL.size() - 1, right + "/" + RECALL.size() + " right");
    }

    @Test
    void reportsHeldOutAccuracy() {
        score("held out", HELD_OUT);
    }

    /** Prints sentence accuracy and event precision and recall; returns the sentences coded exactly right. */
    private static int score(String name, List<Case> cases) {
        int right = 0;
        int expected = 0;
        int found = 0;
        int matched = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            TreeSet<String> got = new TreeSet<>();
            code(c.text()).forEach(e -> got.add(key(e)));
            TreeSet<String> want = new TreeSet<>(c.expected());
            expected += want.size();
            found += got.size();
            for (String g : got) if (want.contains(g)) matched++;
            if (got.equals(want)) {
                right++;
            } else {
                misses.add(c.text() + "\n    want " + want + "\n    got  " + got);
            }
        }
        System.out.printf("CameoCoderIT %s: %d/%d sentences exactly right (%.2f); events precision %.2f, recall %.2f%n",
                name, right, cases.size(), right / (double) cases.size(), matched / (double) Math.max(1, found),
                matched / (double) Math.max(1, expected));
        misses.forEach(m -> System.out.println("  MISS " + m));
        return right;
    }

    @Test
    void aDeniedInvasionIsNegatedNeverAsserted() {
        List<Event> events = code("Moscow denies it has any plans to invade Ukraine.");
        assertTrue(events.stream().noneMatch(e -> e.mode() == EventMode.ASSERTED), events.toString());
        assertEquals(List.of("RUS UKR 190 NEGATED"), events.stream().map(CameoCoderIT::key).toList());
    }

    @Test
    void couldInvadeIsHypothetical() {
        assertEquals(List.of("RUS UKR 190 HYPOTHETICAL"),
                code("Russia could invade Ukraine.").stream().map(CameoCoderIT::key).toList());
    }

    @Test
    void dateAndPlaceComeFromTheClause() {
        Event met = code("Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo on "
                + "March 3.").get(0);
        assertEquals(Optional.of("2024-03-03"), met.date());
        Place tokyo = met.location().orElseThrow();
        assertEquals("Tokyo", tokyo.name());
        assertEquals(Optional.of("JPN"), tokyo.country());
        assertEquals(35.69, tokyo.point().orElseThrow().latitude(), 0.05);   // the gazetteer's Tokyo
        assertEquals("met", met.trigger());
        assertEquals("svo:verbs.tsv:meet", met.evidence().rule());
        assertEquals("CONSULT", met.plover());
        assertEquals(1, met.quadClass());

        Event attack = code("Russia attacked Ukraine on 24 February 2022.").get(0);
        assertEquals(Optional.of("2022-02-24"), attack.date());
        assertEquals(Optional.empty(), attack.location());
        assertEquals(-10.0, attack.goldstein());
        assertEquals(4, attack.quadClass());

        Event noDate = code("Ukraine condemned Russia.").get(0);
        assertEquals(Optional.of("2024-03-04"), noDate.date());
        Event arrest = code("Russia arrested two Ukrainian journalists in Moscow on Tuesday.").get(0);
        assertEquals("Moscow", arrest.location().orElseThrow().name());
    }

    @Test
    void passiveAgentIsTheSource() {
        Event e = code("Kyiv was attacked by Russian forces on Monday.").get(0);
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().orElseThrow().code());
        assertTrue(e.evidence().rule().startsWith("passive:"), e.evidence().rule());
    }

    @Test
    void explainerSaysWhyAnEventWasOrWasNotCoded() {
        ParsedText parsed = pipeline.parser.parse("Gunmen killed three soldiers. Russia could invade Ukraine.");
        String trace = new Explainer(coder).explain(parsed, pipeline.entityFinder.find(parsed), Optional.of(REFERENCE));
        System.out.println(trace);
        assertTrue(trace.contains("no codable source"), trace);
        assertTrue(trace.contains("tried 'invade'"), trace);
        assertTrue(trace.contains("HYPOTHETICAL"), trace);
        assertTrue(trace.endsWith("1 event\n"), trace);
    }

    @Test
    void explainerShowsTheDateTheSentenceGives() {
        ParsedText parsed = pipeline.parser.parse("Israel seized the territories in 1967.");
        String trace = new Explainer(coder).explain(parsed, pipeline.entityFinder.find(parsed),
                TimeResolver.english().resolve(parsed, REFERENCE), Optional.of(REFERENCE));
        assertTrue(trace.contains("date 1967"), trace);
    }

    @Test
    void aNamedPersonWithoutACodeIsKeptBesideACodedSideOrInARole() {
        Event accused = code("Turkish President Recep Tayyip Erdogan accused Fethullah Gulen of plotting a coup.").get(0);
        assertEquals("TURGOV", accused.source().code());
        assertEquals("112", accused.cameo().substring(0, 3));
        Actor gulen = accused.target().orElseThrow();
        assertEquals("", gulen.code());
        assertTrue(gulen.name().contains("Gulen"), gulen.toString());
        assertTrue(accused.evidence().rule().endsWith("+target-uncoded"), accused.evidence().rule());

        Event condemned = code("Senator Jane Doakes condemned the decision.").get(0);
        assertEquals("", condemned.source().code());
        assertTrue(condemned.source().name().contains("Doakes"), condemned.toString());

        // A private person toward no one coded makes no event data.
        assertEquals(List.of(), code("Bettie Morgan sent a letter to her sister Joan Morgan.").stream()
                .map(CameoCoderIT::key).toList());
    }

    @Test
    void aStateOwnedByTheSpeakersPronounIsTheSpeakersState() {
        List<String> keys = code("Prime Minister Vladimir Putin said his country will not lift the ban.").stream()
                .map(CameoCoderIT::key).toList();
        assertTrue(keys.contains("RUS - 1241 ASSERTED"), keys.toString());
        // Extending a curfew is imposing it (1723); said to come, it is the threat 1323.
        List<String> curfew = code("Burmese authorities announced they will extend the curfew.").stream()
                .map(CameoCoderIT::key).toList();
        assertTrue(curfew.stream().anyMatch(k -> k.startsWith("MMR") && k.endsWith(" - 1323 ASSERTED")),
                curfew.toString());
    }
}
