package org.herald.events.actor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DictionaryActorCoder} reads besides its own tables: PETRARCH/TABARI-format actor dictionaries (the
 * Phoenix {@code *.actors.txt} files, say), consulted after Herald's tables for names they do not know. The files are
 * read in place, by the coder's constructor.
 *
 * <pre>{@code
 * ActorSettings s = ActorSettings.defaults().withPetrarchActors(dir.resolve("Phoenix.Countries.actors.txt"));
 * }</pre>
 *
 * @param petrarchActors dictionary files, read in order; an earlier file's entry wins a name both have
 */
public record ActorSettings(List<Path> petrarchActors) {
    public ActorSettings {
        petrarchActors = List.copyOf(petrarchActors);
    }

    /** Herald's own tables only. */
    public static ActorSettings defaults() {
        return new ActorSettings(List.of());
    }

    /** Adds dictionary files; fails at once when one is not a readable file. */
    public ActorSettings withPetrarchActors(Path... files) {
        List<Path> all = new ArrayList<>(petrarchActors);
        for (Path f : Arrays.asList(files)) {
            Objects.requireNonNull(f, "file");
            if (!Files.isRegularFile(f)) throw new IllegalArgumentException("not a readable actor dictionary: " + f);
            all.add(f);
        }
        return new ActorSettings(all);
    }
}
