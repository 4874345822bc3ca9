package org.herald.events;

import org.herald.events.actor.ActorSettings;
import org.herald.events.actor.DictionaryActorCoder;
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
}
