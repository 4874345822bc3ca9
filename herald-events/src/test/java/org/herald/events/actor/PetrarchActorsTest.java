package org.herald.events.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.events.petrarch.ActorEntry;
import org.herald.model.Span;
import org.herald.nlp.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetrarchActorsTest {
    // A sample dictionary written for this test in the Phoenix format: a person with dated roles.
    private static final String SAMPLE = String.join("\n",
            "ARAGORN_  # sample",
            "+KING_ELESSAR_",
            "+STRIDER",
            "\t[GONREB 700101-990809]",
            "\t[GONGOV >990810]",
            "GONDOR_ [GON]",
            "");

    @TempDir
    Path dir;

    private PetrarchActors load() throws IOException {
        Path f = Files.writeString(dir.resolve("sample.actors.txt"), SAMPLE);
        return PetrarchActors.load(List.of(f), bad -> { throw bad; });
    }

    private static List<Token> words(String... texts) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < texts.length; i++) {
            out.add(new Token(i, new Span(at, at + texts[i].length()), texts[i], texts[i].toLowerCase(), "NNP", "O"));
            at += texts[i].length() + 1;
        }
        return out;
    }

    @Test
    void datedRolesFollowTheDate() throws IOException {
        PetrarchActors a = load();
        assertEquals(Optional.of("GONREB"), a.code(words("Strider"), 0, Optional.of(LocalDate.of(1995, 1, 1))));
        assertEquals(Optional.of("GONGOV"), a.code(words("King", "Elessar"), 1, Optional.of(LocalDate.of(2005, 1, 1))));
    }

    @Test
    void withoutADateOnlyUnrestrictedCodesApply() throws IOException {
        PetrarchActors a = load();
        assertEquals(Optional.empty(), a.code(words("Strider"), 0, Optional.empty()));
        assertEquals(Optional.of("GON"), a.code(words("Gondor"), 0, Optional.empty()));
    }

    @Test
    void theLongestNameAroundTheHeadWins() throws IOException {
        PetrarchActors a = load();
        assertEquals(Optional.of("GONGOV"),
                a.code(words("the", "King", "Elessar"), 2, Optional.of(LocalDate.of(2005, 1, 1))));
        assertEquals(Optional.empty(), a.code(words("the", "King"), 1, Optional.of(LocalDate.of(2005, 1, 1))));
    }

    @Test
    void settingsRefuseAMissingFile() {
        assertThrows(IllegalArgumentException.class,
                () -> ActorSettings.defaults().withPetrarchActors(dir.resolve("missing.txt")));
    }

    @Test
    void rowsKeepNamesAndDatedCodes() throws IOException {
        PetrarchActors read = load();
        ActorEntry aragorn = org.herald.events.petrarch.ActorDictionaryReader.read(
                Files.writeString(dir.resolve("one.actors.txt"), SAMPLE), bad -> { throw bad; }).entries().get(0);
        String row = PetrarchActors.row(aragorn);
        assertEquals("ARAGORN|KING ELESSAR|STRIDER\tGONREB@19700101-19990810 GONGOV@19990810-", row);
        PetrarchActors rows = PetrarchActors.fromRows(List.of(List.of(row.split("\t"))));
        for (LocalDate day : List.of(LocalDate.of(1995, 1, 1), LocalDate.of(2005, 1, 1), LocalDate.of(1960, 1, 1))) {
            assertEquals(read.code(words("Strider"), 0, Optional.of(day)), rows.code(words("Strider"), 0,
                    Optional.of(day)), "on " + day);
        }
    }

    @Test
    void onlyCapitalisedWordsReadAsAName() {
        PetrarchActors a = PetrarchActors.fromRows(List.of(List.of("WHO|WORLD HEALTH ORGANIZATION", "IGOUNOHLHWHO"),
                List.of("MINISTRY OF DEFENCE", "GONMIL")));
        assertEquals(Optional.of("IGOUNOHLHWHO"), a.code(words("WHO"), 0, Optional.empty()));
        assertEquals(Optional.empty(), a.code(words("who"), 0, Optional.empty()), "the pronoun");
        assertEquals(Optional.empty(), a.code(words("world", "health", "organization"), 2, Optional.empty()));
        assertEquals(Optional.of("GONMIL"), a.code(words("Ministry", "of", "Defence"), 0, Optional.empty()));
    }

    @Test
    void theBundledTableCodesPhoenixNames() {
        PetrarchActors bundled = PetrarchActors.bundled();
        assertEquals(Optional.of("AFGMIL"), bundled.code(words("Afghan", "National", "Army"), 2, Optional.empty()));
    }
}
