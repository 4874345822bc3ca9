package org.herald.store;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A store that hands every call to another: subclass it to change one behaviour (count writes, fail a commit the
 * way a full disk does) and keep the rest of a real store.
 */
public abstract class ForwardingStore implements Store {
    private final Store delegate;

    protected ForwardingStore(Store delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    protected Store delegate() {
        return delegate;
    }

    @Override
    public boolean contains(String articleId) {
        return delegate.contains(articleId);
    }

    @Override
    public void put(StoredArticle article) {
        delegate.put(article);
    }

    @Override
    public boolean delete(String articleId) {
        return delegate.delete(articleId);
    }

    @Override
    public EntityPage listEntities(Optional<String> type, Optional<String> after, int limit) {
        return delegate.listEntities(type, after, limit);
    }

    @Override
    public Optional<String> findAnalysisJson(String articleId) {
        return delegate.findAnalysisJson(articleId);
    }

    @Override
    public Trends trends(TrendsQuery query) {
        return delegate.trends(query);
    }

    @Override
    public long commit() {
        return delegate.commit();
    }

    @Override
    public void refresh() {
        delegate.refresh();
    }

    @Override
    public long rejoinPeople() {
        return delegate.rejoinPeople();
    }

    @Override
    public Optional<StoredArticle.Record> findArticle(String articleId) {
        return delegate.findArticle(articleId);
    }

    @Override
    public Optional<ArticleStory> findArticleStory(String articleId) {
        return delegate.findArticleStory(articleId);
    }

    @Override
    public StoryPage searchStories(StoryQuery query) {
        return delegate.searchStories(query);
    }

    @Override
    public Optional<StoryProfile> findStory(String storyId) {
        return delegate.findStory(storyId);
    }

    @Override
    public ArticlePage searchArticles(ArticleQuery query) {
        return delegate.searchArticles(query);
    }

    @Override
    public EntitySearchPage searchEntities(EntityQuery query) {
        return delegate.searchEntities(query);
    }

    @Override
    public Optional<EntityProfile> findEntity(String entityId) {
        return delegate.findEntity(entityId);
    }

    @Override
    public QuotePage searchQuotes(QuoteQuery query) {
        return delegate.searchQuotes(query);
    }

    @Override
    public EventPage searchEvents(EventQuery query) {
        return delegate.searchEvents(query);
    }

    @Override
    public List<TimelineBucket> timeline(TimelineQuery query) {
        return delegate.timeline(query);
    }

    @Override
    public long articleCount() {
        return delegate.articleCount();
    }

    @Override
    public long eventCount() {
        return delegate.eventCount();
    }

    @Override
    public Optional<String> writeProblem() {
        return delegate.writeProblem();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }
}
