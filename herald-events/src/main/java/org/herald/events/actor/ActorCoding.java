package org.herald.events.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.nlp.text.Sentence;

/**
 * Codes the noun phrase headed by one token as a CAMEO actor: "Russian Foreign Minister Sergei Lavrov" → RUSGOV,
 * "Moscow" → RUS, "Russian troops" → RUSMIL, "NATO" → IGOWSTNAT (CAMEO's IGO code), "the West" → WST.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface ActorCoding {
    /**
     * @param head index of the phrase's head token in {@code sentence}
     * @param entities the article's entities, whose mentions give names, roles and countries
     * @return the actor, or empty when the phrase is not a codable political actor ("the weather", "prices")
     */
    Optional<Actor> code(Sentence sentence, int head, List<Entity> entities);

    /**
     * As {@link #code(Sentence, int, List)}, for an event on {@code date}, so that date-restricted codes (a minister's
     * term) can be honoured; coders without dated entries ignore it.
     */
    default Optional<Actor> code(Sentence sentence, int head, List<Entity> entities, LocalDate date) {
        return code(sentence, head, entities);
    }
}
