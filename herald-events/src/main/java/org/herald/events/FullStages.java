package org.herald.events;

import java.util.Optional;
import org.herald.events.actor.ActorSettings;
import org.herald.events.actor.DictionaryActorCoder;
import org.herald.events.cameo.CameoCodebook;
import org.herald.events.coding.CameoCoder;
import org.herald.nlp.Analyzer;
import org.herald.nlp.entity.Places;

/** Herald's full understanding stack: entities, dates and quotes from herald-nlp, then CAMEO/PLOVER events. */
public final class FullStages {
    private FullStages() {}

    /** Loads every table once; the result is thread-safe. */
    public static Analyzer.Stages load() {
        return load(ActorSettings.defaults());
    }

    /** As {@link #load()}, with the actor dictionaries the settings name (the Phoenix ones, say) after Herald's. */
    public static Analyzer.Stages load(ActorSettings actors) {
        return Analyzer.Stages.standard().withEvents(new CameoCoder(new DictionaryActorCoder(Places.load(), actors)));
    }

    /**
     * As {@link #load()}, with events from the verb rows alone (no learned event types): the coder whose events
     * label the sentences that train the learned types, and the baseline they are measured against.
     */
    public static Analyzer.Stages rulesOnly() {
        return Analyzer.Stages.standard().withEvents(new CameoCoder(
                new DictionaryActorCoder(Places.load(), ActorSettings.defaults()), CameoCodebook.load(), Optional.empty()));
    }
}
