package org.herald.events.actor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.herald.events.petrarch.ActorDictionaryReader;
import org.herald.events.petrarch.ActorEntry;

/**
 * Writes {@code actors-phoenix.tsv} from the Phoenix / PETRARCH-2 actor dictionaries (openeventdata/petrarch2, MIT):
 * {@code java ... PhoenixActorRows <out.tsv> <Phoenix.Countries.actors.txt> <Phoenix.International.actors.txt>
 * <Phoenix.MilNonState.actors.txt>}. A developer tool, run by hand; the output is committed and reviewed like any
 * table. One row per actor entry with a code: its names and its codes in file order, in the compact form
 * {@link PetrarchActors#fromRows} reads. Entries without a code (the dictionaries have a few) are left out.
 */
public final class PhoenixActorRows {
    private PhoenixActorRows() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PhoenixActorRows OUT.tsv DICTIONARY.txt...");
            System.exit(2);
        }
        List<String> lines = new ArrayList<>(List.of(
                "# actors-phoenix.tsv: actor names and CAMEO codes derived from the Phoenix / PETRARCH-2 actor dictionaries",
                "#   Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt",
                "#   (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf, petrarch2/data/dictionaries/).",
                "#   MIT licence: Copyright (c) 2014, 2015 Open Event Data Alliance; permission is granted to use, copy, modify",
                "#   and distribute with this notice. Country entries come from CountryInfo.140130 (Schrodt et al.).",
                "# Written by PhoenixActorRows (herald-events/src/test/java/org/herald/events/actor). Regenerate, do not",
                "#   hand-edit: Herald's own tables (organizations.tsv, groups.tsv, leaders.tsv …) are read first and win.",
                "# names: the entry's names and synonyms, upper case, words separated by spaces, names by '|'.",
                "# codes: in file order; CODE alone holds always, CODE@FROM-UNTIL (yyyyMMdd, either side may be empty) from",
                "#   FROM inclusive until UNTIL exclusive; the first dated code in force wins, else the first plain one.",
                "# names\tcodes"));
        int entries = 0;
        for (String file : Arrays.asList(args).subList(1, args.length)) {
            for (ActorEntry e : ActorDictionaryReader.read(Path.of(file), bad -> { }).entries()) {
                if (e.codes().isEmpty()) continue;
                lines.add(PetrarchActors.row(e));
                entries++;
            }
        }
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
        System.err.println(entries + " entries written to " + args[0]);
    }
}
