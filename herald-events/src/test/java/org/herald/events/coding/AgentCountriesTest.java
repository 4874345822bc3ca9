package org.herald.events.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.events.actor.ActorCoding;
import java.util.ArrayList;
import org.herald.model.Span;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Event;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;
import org.junit.jupiter.api.Test;

/** Ownerless agents take the country their sentence, else their article, names (issue #4); others keep theirs. */
class AgentCountriesTest {
    /** Codes role nouns as bare agents and demonyms and country names as countries, as the real coder does. */
    private static final ActorCoding ACTORS = new ActorCoding() {
        private final Map<String, String> agents = Map.of("police", "COP", "troops", "MIL", "protesters", "OPP",
                "senate", "LEG", "spokesman", "GOV", "company", "BUS");
        private final Map<String, String> countries = Map.of("Nairobi", "KEN", "Kenyan", "KEN", "Ugandan", "UGA",
                "Syrians", "SYR", "Russia", "RUS", "China", "CHN");

        @Override
        public Optional<Actor> code(Sentence s, int head, List<Entity> entities) {
            String w = s.tokens().get(head).text();
            // A named envoy with a title and no country, as the entity finder leaves one the text does not place.
            if (w.equals("Volker")) return Optional.of(new Actor(w, "GOV", Optional.of("e1")));
            return Optional.ofNullable(agents.getOrDefault(w.toLowerCase(), countries.get(w)))
                    .map(c -> new Actor(w, c, Optional.empty()));
        }

        @Override
        public boolean isOwnerless(String code) {
            return agents.containsValue(code);
        }

        @Override
        public Optional<String> countryNamedAt(Sentence s, int token) {
            return Optional.ofNullable(countries.get(s.tokens().get(token).text()));
        }
    };
    private static final CameoCoder CODER = new CameoCoder(ACTORS);

    private static List<Event> code(ParsedText p) {
        return CODER.code(p, List.of(), List.of(), List.of(), Optional.of(LocalDate.parse("2024-03-04")));
    }

    @Test
    void policeTakeTheCountryNamedNearestInTheirSentence() {
        // "Police in Nairobi attacked Ugandan protesters": Nairobi places the police; Ugandan is the target's.
        ParsedText p = Parses.text("Police/police/NNS in/in/IN Nairobi/Nairobi/NNP attacked/attack/VBD "
                + "Ugandan/Ugandan/JJ protesters/protester/NNS ./././.",
                "nsubj(3,0) case(2,1) nmod(0,2) root(-1,3) amod(5,4) obj(3,5) punct(3,6)");
        Event e = code(p).get(0);
        assertEquals("KENCOP", e.source().code());
        assertEquals("Police", e.source().name());
        assertEquals("UGAOPP", e.target().orElseThrow().code());
        assertEquals("svo:verbs.tsv:attack+source-country:sentence+target-country:sentence", e.evidence().rule());
    }

    @Test
    void whereAnOrganisationIsBasedPlacesNoAgent() {
        // #4: "killed by government forces, the UK-based observatory said" gave the forces Britain's code.
        ParsedText p = Parses.text("Police/police/NNS attacked/attack/VBD protesters/protester/NNS ,/,/, the/the/DT "
                + "Nairobi/Nairobi/NNP -/-/HYPH based/base/VBN group/group/NN said/say/VBD ./././.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3) det(8,4) obl(7,5) punct(7,6) amod(8,7) nsubj(9,8) "
                        + "parataxis(1,9) punct(1,10)");
        Event e = code(p).get(0);
        assertEquals("COP", e.source().code());
        assertEquals("svo:verbs.tsv:attack+reported", e.evidence().rule());
    }

    @Test
    void theTargetsOwnCountryIsNotTheAgents() {
        // "Police attacked Syrians", alone in its text: the Syrians are the target, not where the police are.
        ParsedText p = Parses.text("Police/police/NNS attacked/attack/VBD Syrians/Syrians/NNPS ./././.",
                "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)");
        Event e = code(p).get(0);
        assertEquals("COP", e.source().code());
        assertEquals("SYR", e.target().orElseThrow().code());
    }

    @Test
    void conjoinedSubjectsOfTalksAreEachOthersTargets() {
        // "Russia and China held talks" (#4): RUS → CHN and CHN → RUS; "held elections" would not be reciprocal.
        ParsedText p = Parses.text("Russia/Russia/NNP and/and/CC China/China/NNP held/hold/VBD talks/talk/NNS ./././.",
                "nsubj(3,0) cc(2,1) conj(0,2) root(-1,3) obj(3,4) punct(3,5)");
        List<String> dyads = code(p).stream()
                .map(e -> e.source().code() + ">" + e.target().map(Actor::code).orElse("-") + ":" + e.cameo()).toList();
        assertEquals(List.of("RUS>CHN:040", "CHN>RUS:040"), dyads);
    }

    @Test
    void aNamedPersonDoesNotTakeTheStorysCountry() {
        // #9: a US envoy in a story about Ukraine was coded Ukrainian; only a bare role noun ("police") takes it.
        ParsedText p = article(
                Parses.text("Troops/troop/NNS attacked/attack/VBD Nairobi/Nairobi/NNP ./././.",
                        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)"),
                Parses.text("Envoy/envoy/NN Volker/Volker/NNP criticised/criticize/VBD police/police/NNS ./././.",
                        "compound(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)"));
        Entity volker = new Entity("e1", "Kurt Volker", EntityType.PERSON, Optional.of("Envoy"), Optional.empty(),
                List.of(new Mention(p.sentences().get(1).tokens().get(1).span(), "Volker")));
        Event e = CODER.code(p, List.of(volker), List.of(), List.of(), Optional.of(LocalDate.parse("2024-03-04"))).stream()
                .filter(x -> x.source().name().equals("Volker")).findFirst().orElseThrow();
        assertEquals("GOV", e.source().code());
        assertEquals("KENCOP", e.target().orElseThrow().code());
    }

    @Test
    void aRoleNounInsideACompanyNameTakesNoCountryFromTheStory() {
        // "Acme spokesman": a name in the phrase means only evidence about it may place it.
        ParsedText p = article(
                Parses.text("Troops/troop/NNS attacked/attack/VBD Nairobi/Nairobi/NNP ./././.",
                        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)"),
                Parses.text("the/the/DT Acme/Acme/NNP spokesman/spokesman/NN criticised/criticize/VBD troops/troop/NNS ./././.",
                        "det(2,0) compound(2,1) nsubj(3,2) root(-1,3) obj(3,4) punct(3,5)"));
        Event e = code(p).stream().filter(x -> x.source().name().equals("spokesman")).findFirst().orElseThrow();
        assertEquals("GOV", e.source().code());
        assertEquals("KENMIL", e.target().orElseThrow().code());
    }

    @Test
    void aBareCompanyTakesNoCountryFromTheStory() {
        // "the company" in a story about Kenya is no more Kenya's than a named firm; the police would be.
        ParsedText p = article(
                Parses.text("Troops/troop/NNS attacked/attack/VBD Nairobi/Nairobi/NNP ./././.",
                        "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)"),
                Parses.text("The/the/DT company/company/NN criticised/criticize/VBD police/police/NNS ./././.",
                        "det(1,0) nsubj(2,1) root(-1,2) obj(2,3) punct(2,4)"));
        Event e = code(p).stream().filter(x -> x.source().name().equals("company")).findFirst().orElseThrow();
        assertEquals("BUS", e.source().code());
        assertEquals("KENCOP", e.target().orElseThrow().code());
    }

    // Two one-sentence parses as one text, the second shifted after the first.
    private static ParsedText article(ParsedText first, ParsedText second) {
        int shift = first.text().length() + 1;
        Sentence s = second.sentences().get(0);
        List<Token> tokens = new ArrayList<>();
        for (Token t : s.tokens()) {
            tokens.add(new Token(t.index(), new Span(t.span().start() + shift, t.span().end() + shift), t.text(),
                    t.lemma(), t.pos(), t.ner()));
        }
        Sentence shifted = new Sentence(1, new Span(s.span().start() + shift, s.span().end() + shift), tokens,
                s.dependencies());
        return new ParsedText(first.text() + " " + second.text(), List.of(first.sentences().get(0), shifted));
    }

    @Test
    void reciprocalTableLoads() {
        assertTrue(ReciprocalVerbs.load().size() > 10);
    }
}
