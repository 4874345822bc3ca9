package org.herald.events.petrarch;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** The four dictionaries a {@link PetrarchStyleCoder} codes with. */
public record PetrarchDictionaries(ActorDictionary actors, AgentDictionary agents, VerbDictionary verbs,
        DiscardDictionary discards) {
    public PetrarchDictionaries {
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(agents, "agents");
        Objects.requireNonNull(verbs, "verbs");
        Objects.requireNonNull(discards, "discards");
    }

    /** Reads the dictionaries from their files; actors may come from several. */
    public static PetrarchDictionaries read(List<Path> actorFiles, Path agentFile, Path verbFile, Path discardFile) {
        return new PetrarchDictionaries(ActorDictionaryReader.readAll(actorFiles), AgentDictionaryReader.read(agentFile),
                VerbDictionaryReader.read(verbFile), DiscardDictionaryReader.read(discardFile));
    }
}
