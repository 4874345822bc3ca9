package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.herald.model.analysis.Place;

/** One page of event hits, the total that matched, and the cursor of the next page when more hits follow. */
public record EventPage(long total, List<Hit> events, Optional<String> next) {
    public EventPage {
        Objects.requireNonNull(next, "next");
        events = List.copyOf(events);
    }

    /** The last page: no hits follow. */
    public EventPage(long total, List<Hit> events) {
        this(total, events, Optional.empty());
    }

    /**
     * An event with its article and provenance.
     *
     * @param date     the event's date as the text gives it ("2024-03-04", "1967"), else the article's publication
     *                 day, ISO-8601; empty when neither is known
     * @param location where it happened: name, country, coordinates when known (the store keeps no admin code,
     *                 kind or GeoNames id)
     * @param sentence the sentence that produced it
     * @param confidence how likely the event is right as coded, 0 to 1; empty when the store was written before
     *                 events had one
     * @param story    the story of its article; empty when the store was written before stories
     * @param root     true when coded from its article's lead paragraph (GDELT's IsRootEvent)
     * @param counts   the same event (CAMEO code, actor codes, date) across the story's articles; empty without a
     *                 story
     * @param position the event's index in its article's {@code events} (the stored analysis JSON), so an export
     *                 can write it exactly as {@code ./herald export} writes the article's analysis
     */
    public record Hit(String articleId, Optional<String> articleTitle, Actor source, Optional<Actor> target,
                      String cameo, String plover, double goldstein, int quadClass, String mode,
                      Optional<String> date, Optional<Place> location, String sentence, String trigger,
                      String rule, OptionalDouble confidence, Optional<String> story, boolean root,
                      Optional<Counts> counts, int position) {
        public Hit {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(articleTitle, "articleTitle");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(cameo, "cameo");
            Objects.requireNonNull(plover, "plover");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(sentence, "sentence");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(confidence, "confidence");
            Objects.requireNonNull(story, "story");
            Objects.requireNonNull(counts, "counts");
            if (position < 0) throw new IllegalArgumentException("position must not be negative: " + position);
        }

        /** This hit with the counts of its story. */
        public Hit withCounts(Counts c) {
            return new Hit(articleId, articleTitle, source, target, cameo, plover, goldstein, quadClass, mode, date,
                    location, sentence, trigger, rule, confidence, story, root, Optional.of(c), position);
        }
    }

    /**
     * One event counted across a story's articles, as GDELT 2.0 counts: every mention (NumMentions), the distinct
     * sites (NumSources) and the distinct articles (NumArticles) that report it.
     */
    public record Counts(long mentions, long sources, long articles) {}

    /** An actor as coded: the words, the CAMEO actor code, and its store entity id when it was an entity. */
    public record Actor(String name, String code, Optional<String> entity) {
        public Actor {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(entity, "entity");
        }
    }
}
