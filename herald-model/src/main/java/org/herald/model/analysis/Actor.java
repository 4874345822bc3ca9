package org.herald.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of an event, coded CAMEO-style.
 *
 * @param name the words of the text that name it ("Russian Foreign Minister Sergei Lavrov", "Moscow")
 * @param code country and agent codes run together: "RUSGOV", "UKRMIL", "IGOWSTNAT" (NATO), "WST"; empty
 *             when uncoded
 * @param entityId the article entity it refers to, when there is one
 */
public record Actor(String name, String code, Optional<String> entityId) {
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entityId, "entityId");
    }

    /** The article entity this actor refers to, among {@code entities}; empty when it refers to none of them. */
    public Optional<Entity> entityIn(List<Entity> entities) {
        return entityId.flatMap(id -> entities.stream().filter(e -> e.id().equals(id)).findFirst());
    }
}
