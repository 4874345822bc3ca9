package org.herald.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the store knows of one entity: the summary, every title (role) it was given and, for each, when it was
 * first and last seen, every name it was written with (aliases, most articles first), its newest articles, its
 * mentions per day, its quotes and the events it took part in (newest first, capped), and the entities most often
 * mentioned in the same articles.
 */
public record EntityProfile(EntitySummary summary, List<String> titles, List<Role> roles, List<Alias> aliases,
                            List<ArticlePage.Hit> articles, List<DayCount> timeline, List<QuotePage.Hit> quotes,
                            List<EventPage.Hit> events, List<CoMention> coMentions) {
    public EntityProfile {
        Objects.requireNonNull(summary, "summary");
        titles = List.copyOf(titles);
        roles = List.copyOf(roles);
        aliases = List.copyOf(aliases);
        articles = List.copyOf(articles);
        timeline = List.copyOf(timeline);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        coMentions = List.copyOf(coMentions);
    }

    /** Another entity and the number of articles that mention both. */
    public record CoMention(EntitySummary entity, long articles) {
        public CoMention {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** A name the entity was written with ("U.S.") and the number of articles that wrote it so. */
    public record Alias(String name, long articles) {
        public Alias {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A title the entity was given, the first and last publication day of the articles that gave it (empty when
     * none of them is dated), and how many articles gave it; oldest first.
     */
    public record Role(String title, Optional<LocalDate> firstSeen, Optional<LocalDate> lastSeen, long articles) {
        public Role {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(firstSeen, "firstSeen");
            Objects.requireNonNull(lastSeen, "lastSeen");
        }
    }

    /** The entity's mentions in the articles published on one day. */
    public record DayCount(LocalDate day, long mentions) {
        public DayCount {
            Objects.requireNonNull(day, "day");
        }
    }
}
