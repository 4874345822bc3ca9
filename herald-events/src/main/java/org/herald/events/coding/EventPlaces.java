package org.herald.events.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.herald.model.Span;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.analysis.Place;

/**
 * Where an event happened: a city, country or region named in an "in"/"at" phrase of its verb ("met Kishida [in
 * Tokyo]", "arrested two journalists [in Moscow]").
 */
final class EventPlaces {
    private static final Set<String> LOCATIVE = Set.of("in", "at");
    private static final Set<EntityType> PLACES = Set.of(EntityType.CITY, EntityType.COUNTRY,
            EntityType.STATE_OR_PROVINCE, EntityType.LOCATION);

    private EventPlaces() {}

    static Optional<Place> place(Tree tree, List<Integer> chain, List<Entity> entities) {
        for (int v : chain) {
            for (int o : tree.children(v, "obl")) {
                if (tree.caseWord(o).filter(LOCATIVE::contains).isEmpty()) continue;
                Span span = tree.token(o).span();
                for (Entity e : entities) {
                    if (!PLACES.contains(e.type())) continue;
                    for (Mention m : e.mentions()) {
                        if (m.span().overlaps(span)) return Optional.of(new Place(e.name(), e.country()));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
