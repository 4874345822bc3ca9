package org.herald.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a story however many of its articles report it: the mentions with the same CAMEO code, source and
 * target actor codes and date are one event, counted as GDELT 2.0 counts (Event Codebook V2.0): {@code mentions}
 * (NumMentions) every mention in the story's articles, a sentence coded twice in one article counting twice;
 * {@code sources} (NumSources) the distinct sites among them (an article without a site is a source of its own);
 * {@code articles} (NumArticles) the distinct articles. {@code root} (IsRootEvent) is true when a mention comes from
 * an article's lead.
 *
 * @param source     the source actor as first mentioned
 * @param target     the target actor, when the event has one
 * @param date       the event's date as coded, else its article's day
 * @param sentence   the sentence of the first mention (a lead one when there is one)
 * @param articleIds the articles that report it, earliest first
 */
public record StoryEvent(String cameo, String plover, EventPage.Actor source, Optional<EventPage.Actor> target,
                         Optional<String> date, double goldstein, int quadClass, long mentions, long sources,
                         long articles, boolean root, String sentence, List<String> articleIds) {
    public StoryEvent {
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(sentence, "sentence");
        articleIds = List.copyOf(articleIds);
    }
}
