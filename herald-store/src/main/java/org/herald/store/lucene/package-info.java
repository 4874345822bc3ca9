/**
 * The embedded {@link org.herald.store.Store}: one Lucene index in a directory, opened with
 * {@link org.herald.store.lucene.LuceneStore#open(java.nio.file.Path)}. Everything else here is its internals.
 */
package org.herald.store.lucene;
