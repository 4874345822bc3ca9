package org.herald.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loads every PETRARCH/TABARI dictionary in ../shared/eval/events and prints what was read. */
class DictionaryReadersIT {
    private static Path folder(String name) {
        Optional<Path> f = EventSuites.folder(name);
        assumeTrue(f.isPresent(), "shared/eval/events/" + name + " not found");
        return f.get();
    }

    private static void actors(Path file, int atLeast) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        ActorDictionary d = ActorDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d actors, %d names, %d bad code blocks skipped%n", file.getFileName(),
                d.entries().size(), d.phraseCount(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
        assertTrue(d.entries().size() >= atLeast, file + ": " + d.entries().size());
    }

    private static void agents(Path file, int atLeast) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        AgentDictionary d = AgentDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d agents, %d bad lines skipped%n", file.getFileName(), d.entries().size(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
        assertTrue(d.entries().size() >= atLeast, file + ": " + d.entries().size());
    }

    private static void verbs(Path file, int atLeast) {
        java.util.List<DictionaryFormatException> bad = new java.util.ArrayList<>();
        VerbDictionary d = VerbDictionaryReader.read(file, bad::add);
        System.out.printf("%s: %d families, %d verbs, %d patterns, %d synsets, %d bad lines skipped%n",
                file.getFileName(), d.families().size(), d.formCount(), d.patternCount(), d.synsets().size(), bad.size());
        bad.forEach(e -> System.out.println("  " + e.getMessage()));
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
        actors(dir.resolve("PETR.Validate.actors.txt"), 125);
        agents(dir.resolve("PETR.Validate.agents.txt"), 80);
        verbs(dir.resolve("PETR.Validate.verbs.txt"), 300);
        discards(dir.resolve("PETR.Validate.discards.txt"), 8);
    }

    @Test
    void phoenixDictionariesLoad() {
        Path dir = folder("phoenix-dictionaries");
        actors(dir.resolve("Phoenix.Countries.actors.txt"), 15_000);
        actors(dir.resolve("Phoenix.International.actors.txt"), 5_000);
        actors(dir.resolve("Phoenix.MilNonState.actors.txt"), 900);
        agents(dir.resolve("Phoenix.agents.txt"), 1_500);
        discards(dir.resolve("Phoenix.discards.txt"), 400);
        verbs(dir.resolve("CAMEO.2.0.txt"), 4_000);
    }

    @Test
    void tabariDemoDictionariesLoad() {
        Path dir = folder("tabari-validation");
        actors(dir.resolve("TABARI.Demo.actors"), 100);
        agents(dir.resolve("Validate.agents"), 60);
        verbs(dir.resolve("TABARI.Demo.verbs"), 100);
    }

    @Test
    void universalPetrarchDictionariesLoad() {
        Path dir = folder("universalpetrarch");
        actors(dir.resolve("PETR.Validate.actors.txt"), 125);
        verbs(dir.resolve("PETR.Validate.verbs.2.0.txt"), 100);
    }
}
