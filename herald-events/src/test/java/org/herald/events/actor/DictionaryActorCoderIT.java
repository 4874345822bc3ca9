package org.herald.events.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.nlp.corenlp.CoreNlpParser;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.ParsedText;
import org.herald.nlp.text.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link DictionaryActorCoder} on the real CoreNLP parse and {@link EntityFinder} output: each text's last sentence is
 * parsed, and the subject or object of its root verb is coded. Sentences written by us for this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DictionaryActorCoderIT {
    private CoreNlpParser parser;
    private EntityFinder finder;
    private DictionaryActorCoder coder;

    @BeforeAll
    void load() {
        parser = CoreNlpParser.defaults();
        finder = new EntityFinder();
        coder = new DictionaryActorCoder();
    }

    @ParameterizedTest(name = "{0} [{1}] → {2}")
    @CsvSource(delimiter = '|', value = {
        "Russia denied the accusations on Tuesday.                                  | nsubj | RUS",
        "Moscow denies any involvement in the attack.                               | nsubj | RUS",
        "Beijing warned Washington against interference.                            | nsubj | CHN",
        "Beijing warned Washington against interference.                            | obj   | USA",
        "Russian troops crossed the border overnight.                               | nsubj | RUSMIL",
        "Ukrainian forces shelled the town.                                         | nsubj | UKRMIL",
        "German officials criticised the decision.                                  | nsubj | DEUGOV",
        "Iranian protesters attacked the embassy.                                   | nsubj | IRNOPP",
        "Russia's army launched a new offensive.                                    | nsubj | RUSMIL",
        "Ukraine's president called for more weapons.                               | nsubj | UKRGOV",
        "NATO condemned the missile strike.                                         | nsubj | IGOWSTNAT",
        "The European Union imposed new sanctions on Iran.                          | nsubj | IGOEUREEC",
        "The United Nations sent aid to Sudan.                                      | nsubj | IGOUNO",
        "The West has accused Russia of aggression.                                 | nsubj | WST",
        "The West has accused Russia of aggression.                                 | obj   | RUS",
        "Western powers urged Iran to return to talks.                              | nsubj | WST",
        "Western powers urged Iran to return to talks.                              | obj   | IRN",
        "The Kremlin rejected the proposal.                                         | nsubj | RUSGOV",
        "The White House welcomed the agreement.                                    | nsubj | USAGOV",
        "Downing Street declined to comment.                                        | nsubj | GBRGOV",
        "Rebels attacked a military convoy.                                         | nsubj | REB",
        "The report criticised the police.                                          | obj   | COP",
        "Russian Foreign Minister Sergei Lavrov met his Turkish counterpart.        | nsubj | RUSGOV",
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov criticised NATO. | nsubj | RUSGOV",
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov criticised NATO. | obj   | IGOWSTNAT",
        "The US and its allies condemned the missile test.                          | nsubj | USA",
        "Hamas fired rockets at Israel.                                             | nsubj | PSEREB",
        "UN Secretary-General Antonio Guterres urged restraint.                     | nsubj | IGOUNO",
        "Chinese President Xi Jinping met Secretary of State Antony Blinken.        | nsubj | CHNGOV",
        "Chinese President Xi Jinping met Secretary of State Antony Blinken.        | obj   | USAGOV", // leaders.tsv
        "Britain's prime minister visited Kyiv.                                     | nsubj | GBRGOV",
        "The president of Russia signed the decree.                                 | nsubj | RUSGOV",
        "US troops left the base.                                                   | nsubj | USAMIL",
        "The Russians shelled the city.                                             | nsubj | RUS",
        "Sergei Lavrov, Russia's foreign minister, criticised NATO.                 | nsubj | RUSGOV",
        // issue 9: a country only from evidence about the actor
        "Huawei spokesman Joe Kelly criticised the decision.                       | nsubj | BUS",
        "Shares of Nordic Gold Mining Ltd fell. Nordic Gold Mining Ltd denied the report. | nsubj | BUS",
        "New Jersey officials criticised the decision.                              | nsubj | USAGOV",
        "The Biden administration rejected the proposal.                            | nsubj | USAGOV",
        // issue 4: agent nouns and partitives
        "A group of Iranian diplomats visited Baghdad.                              | nsubj | IRNGOV",
        "Thousands of Georgian protesters marched through Tbilisi.                  | nsubj | GEOOPP",
        "Palestinian prisoners began a hunger strike.                               | nsubj | PSE",
        "A Chinese delegation arrived in Hanoi.                                     | nsubj | CHNGOV",
        "The Iraqi national security adviser met the envoy.                         | nsubj | IRQGOV",
        "Russian warplanes struck the town.                                         | nsubj | RUSMIL",
    })
    void codesTheRootVerbsArgument(String text, String relation, String expected) {
        assertEquals(expected, actor(text, relation).map(Actor::code).orElse("none"));
    }

    @ParameterizedTest(name = "{0} [{1}] is no actor")
    @CsvSource(delimiter = '|', value = {
        "Prices rose sharply in March.            | nsubj",
        "The weather delayed the talks.           | nsubj",
        "The report criticised the police.        | nsubj",
        "Russia cut the flow of gas.              | obj",
    })
    void thingsAreNoActors(String text, String relation) {
        assertEquals(Optional.empty(), actor(text, relation));
    }

    @Test
    void personGetsTheEntityIdAndTheNameAsWritten() {
        Actor a = actor("Russian Foreign Minister Sergei Lavrov arrived in Ankara. Lavrov criticised NATO.", "nsubj")
                .orElseThrow();
        assertEquals("Lavrov", a.name());
        assertEquals("RUSGOV", a.code());
        assertEquals(Optional.of("e1"), a.entityId());
    }

    @Test
    void everyConjunctIsCoded() {
        ParsedText parsed = parser.parse("France and Germany signed the treaty.");
        Sentence s = parsed.sentences().get(0);
        List<Actor> all = coder.codeAll(s, argument(s, "nsubj"), finder.find(parsed));
        assertEquals(List.of("FRA", "DEU"), all.stream().map(Actor::code).toList());
        assertEquals("France", all.get(0).name());
    }

    private Optional<Actor> actor(String text, String relation) {
        ParsedText parsed = parser.parse(text);
        List<Entity> entities = finder.find(parsed);
        Sentence s = parsed.sentences().get(parsed.sentences().size() - 1);
        return coder.code(s, argument(s, relation), entities);
    }

    private static int argument(Sentence s, String relation) {
        int root = s.dependencies().stream().filter(d -> d.governor() == -1).findFirst().orElseThrow().dependent();
        return s.children(root).stream().filter(d -> d.relation().equals(relation)).map(Dependency::dependent)
                .findFirst().orElseThrow(() -> new AssertionError("no " + relation + " of the root in " + s));
    }
}
