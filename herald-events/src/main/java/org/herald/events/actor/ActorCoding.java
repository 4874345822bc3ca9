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

    /**
     * Whether {@code code} is an agent with no owner, as given to "the police" (COP) or "officials" (GOV), so that a
     * country named nearby may own it. Coders that never give such codes keep the default, false.
     */
    default boolean isOwnerless(String code) {
        return false;
    }

    /**
     * The country that token {@code token} names, by itself or as part of a name, demonym or city: "[Kenya]",
     * "[Kenyan]", "[Kenyans]", "[Nairobi]", "the [Ivory] [Coast]"; ISO alpha-3 or a CAMEO historic state code. Empty
     * for organisations and blocs ("NATO", "Western"), and by default.
     */
    default Optional<String> countryNamedAt(Sentence sentence, int token) {
        return Optional.empty();
    }

    /**
     * People the text names only by a noun with no code ("freed [prisoners]", "deported a 95-year-old [man]"): an
     * actor with an empty code and the noun phrase as its name, for a target beside a coded doer. Empty otherwise.
     */
    default Optional<Actor> uncodedPeople(Sentence sentence, int head) {
        return Optional.empty();
    }
}
