package org.herald.events;

import org.herald.events.actor.DictionaryActorCoder;
import org.herald.events.coding.CameoCoder;
import org.herald.nlp.Analyzer;

/** Herald's full understanding stack: entities, dates and quotes from herald-nlp, then CAMEO/PLOVER events. */
public final class FullStages {
    private FullStages() {}

    /** Loads every table once; the result is thread-safe. */
    public static Analyzer.Stages load() {
        return Analyzer.Stages.standard().withEvents(new CameoCoder(new DictionaryActorCoder()));
    }
}
