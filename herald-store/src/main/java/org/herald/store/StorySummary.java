package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A story across its articles.
 *
 * @param id          the story's id: the id of the article that opened it
 * @param articles    how many articles it has, copies included
 * @param sites       the sites that ran it, most articles first
 * @param firstSeen   the earliest publication date or date-time among its articles, as the article gave it
 * @param lastSeen    the latest one
 * @param topEntities the entities in most of its articles, most first
 * @param headlines   a few of its headlines, earliest article first, each once
 */
public record StorySummary(String id, long articles, List<String> sites, Optional<String> firstSeen,
                           Optional<String> lastSeen, List<Entity> topEntities, List<String> headlines) {
    public StorySummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        sites = List.copyOf(sites);
        topEntities = List.copyOf(topEntities);
        headlines = List.copyOf(headlines);
    }

    /** An entity of the story and in how many of its articles it is mentioned. */
    public record Entity(String id, String name, long articles) {
        public Entity {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
