package org.herald.stories;

/**
 * How rare a term is among the documents seen: the weight TF-IDF gives it. {@link DocumentFrequencies} counts a
 * stream in memory; a store answers from its own index, so its statistics cover every article it holds.
 */
@FunctionalInterface
public interface InverseDocumentFrequency {
    /** At least 1; larger for rarer terms. */
    double idf(String term);
}
