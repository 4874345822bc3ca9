package org.herald.events.petrarch;

import java.util.List;

/** Actors read from one or more PETRARCH/TABARI {@code .actors} files; see {@link ActorDictionaryReader}. */
public record ActorDictionary(List<ActorEntry> entries) {
    public ActorDictionary {
        entries = List.copyOf(entries);
    }

    /** Names and synonyms in all, each a way the text may refer to an actor. */
    public int phraseCount() {
        return entries.stream().mapToInt(e -> e.names().size()).sum();
    }

    public ActorDictionary plus(ActorDictionary other) {
        return new ActorDictionary(java.util.stream.Stream.concat(entries.stream(), other.entries.stream()).toList());
    }
}
