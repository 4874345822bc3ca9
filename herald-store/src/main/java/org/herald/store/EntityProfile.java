package org.herald.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything the store knows of one entity: the summary, every title (role) it was given, its quotes and the
 * events it took part in (newest first, capped), and the entities most often mentioned in the same articles.
 */
public record EntityProfile(EntitySummary summary, List<String> titles, List<QuotePage.Hit> quotes,
                            List<EventPage.Hit> events, List<CoMention> coMentions) {
    public EntityProfile {
        Objects.requireNonNull(summary, "summary");
        titles = List.copyOf(titles);
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
}
