/**
 * Across articles: how alike two articles are ({@link ArticleSimilarity}), which are copies of one another
 * ({@link NearDuplicateIndex}), and which tell the same story ({@link StoryClusterer}, fed one article at a time).
 */
package org.herald.stories;
