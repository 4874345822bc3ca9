package org.herald.events.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.events.actor.ActorCoding;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * A stand-in for the real actor dictionary in tests: codes a phrase by the country of the entity its head or a
 * modifier of the head names ("Moscow" → RUS, "Russian forces" → RUS), plus GOV for a titled person ("Prime Minister
 * Narendra Modi" → INDGOV).
 */
final class CountryActors implements ActorCoding {
    @Override
    public Optional<Actor> code(Sentence sentence, int head, List<Entity> entities) {
        List<Integer> tokens = new ArrayList<>(List.of(head));
        for (Dependency d : sentence.children(head)) {
            if (d.relation().equals("amod") || d.relation().equals("compound") || d.relation().equals("flat")) {
                tokens.add(d.dependent());
            }
        }
        for (int i : tokens) {
            Token t = sentence.tokens().get(i);
            for (Entity e : entities) {
                if (e.country().isEmpty()) continue;
                for (Mention m : e.mentions()) {
                    if (!m.span().overlaps(t.span())) continue;
                    String agent = e.type() == EntityType.PERSON && e.title().isPresent() ? "GOV" : "";
                    return Optional.of(new Actor(m.text(), e.country().get() + agent, Optional.of(e.id())));
                }
            }
        }
        return Optional.empty();
    }
}
