package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Loads every PETRARCH/TABARI dictionary in ../shared/eval/events and prints what was read. Lines that are
 * malformed in the data itself are counted and listed with file:line; every other line must be read.
 */
class DictionaryReadersIT {
    private static Path folder(String name) {
        Optional<Path> f = EventSuites.folder(name);
        assumeTrue(f.isPresent(), "shared/eval/events/" + name + " not found");
        return f.get();
    }

    private static void actors(Path file, int atLeast, int badLines) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        ActorDictionary d = ActorDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d actors, %d names, %d bad code blocks skipped%n", file.getFileName(),
                d.entries().size(), d.phraseCount(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
        assertEquals(badLines, bad.size(), file + ": malformed lines");
        assertTrue(d.entries().size() >= atLeast, file + ": " + d.entries().size());
    }

    private static void agents(Path file, int atLeast, int badLines) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        AgentDictionary d = AgentDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d agents, %d bad lines skipped%n", file.getFileName(), d.entries().size(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
        assertEquals(badLines, bad.size(), file + ": malformed lines");
        assertTrue(d.entries().size() >= atLeast, file + ": " + d.entries().size());
    }

    private static void verbs(Path file, int atLeast, int badLines) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        VerbDictionary d = VerbDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d families, %d verbs, %d patterns, %d synsets, %d bad lines skipped%n",
                file.getFileName(), d.families().size(), d.formCount(), d.patternCount(), d.synsets().size(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
        assertEquals(badLines, bad.size(), file + ": malformed lines");
        assertTrue(d.patternCount() >= atLeast, file + ": " + d.patternCount());
    }

    private static void discards(Path file, int atLeast) {
        DiscardDictionary d = DiscardDictionaryReader.read(file);
        System.out.printf("%s: %d sentence, %d story discards%n", file.getFileName(), d.sentencePhrases().size(),
                d.storyPhrases().size());
        assertTrue(d.sentencePhrases().size() + d.storyPhrases().size() >= atLeast, file.toString());
    }

    @Test
    void petrarchValidationDictionariesLoad() {
        Path dir = folder("petrarch-unittest");
        actors(dir.resolve("PETR.Validate.actors.txt"), 125, 0);
        agents(dir.resolve("PETR.Validate.agents.txt"), 80, 0);
        verbs(dir.resolve("PETR.Validate.verbs.txt"), 450, 0);
        discards(dir.resolve("PETR.Validate.discards.txt"), 8);
    }

    @Test
    void phoenixDictionariesLoad() {
        Path dir = folder("phoenix-dictionaries");
        // typos in the data itself: "[ARMUNR 9008223-911221]", "[USAGOV 19820101]", ...
        actors(dir.resolve("Phoenix.Countries.actors.txt"), 18_000, 7);
        actors(dir.resolve("Phoenix.International.actors.txt"), 7_800, 1);
        actors(dir.resolve("Phoenix.MilNonState.actors.txt"), 1_000, 0);
        // "DEPARMENT_OF_ENVIRONMENT [~ENV}" and "ISLAMIC_EXTREMIST" without a code
        agents(dir.resolve("Phoenix.agents.txt"), 3_000, 2);
        discards(dir.resolve("Phoenix.discards.txt"), 400);
        verbs(dir.resolve("CAMEO.2.0.txt"), 4_668, 0);
    }

    @Test
    void tabariDemoDictionariesLoad() {
        Path dir = folder("tabari-validation");
        actors(dir.resolve("TABARI.Demo.actors"), 120, 0);
        agents(dir.resolve("Validate.agents"), 80, 0);
        verbs(dir.resolve("TABARI.Demo.verbs"), 400, 0);
    }

    @Test
    void universalPetrarchDictionariesLoad() {
        Path dir = folder("universalpetrarch");
        actors(dir.resolve("PETR.Validate.actors.txt"), 125, 0);
        verbs(dir.resolve("PETR.Validate.verbs.2.0.txt"), 450, 0);
    }
}
