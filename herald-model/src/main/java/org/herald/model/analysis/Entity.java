package org.herald.model.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, organisation or place resolved within one article.
 *
 * @param id stable within the article ("e1", "e2" … in order of first mention)
 * @param name the fullest form the article uses ("Sergei Lavrov")
 * @param title role or office when the article gives one ("Foreign Minister")
 * @param country ISO 3166 alpha-3 when known ("RUS"), a CAMEO historic state code ("YUG", "USR"), or for the head of
 *     an international organisation its CAMEO code ("IGOUNO" for the UN Secretary-General)
 * @param mentions every mention in body order
 */
public record Entity(String id, String name, EntityType type, Optional<String> title, Optional<String> country,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(country, "country");
        mentions = List.copyOf(mentions);
    }
}
