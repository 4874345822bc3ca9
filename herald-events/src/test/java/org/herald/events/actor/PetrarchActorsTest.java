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
}
