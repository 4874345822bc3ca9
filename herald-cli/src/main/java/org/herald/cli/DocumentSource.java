package org.herald.cli;

import java.io.Closeable;
import java.util.List;

/**
 * Where a batch command's documents come from, in order: the files it was given and the pages inside any web
 * archive among them. Commands take documents a batch at a time, so an archive of any size costs only a batch of
 * pages in memory. Archive records that hold no page are not documents: they are counted in {@link #skipped()}.
 */
interface DocumentSource extends Closeable {

    /** Up to {@code max} further documents, in input order; empty once there are none left. Never throws. */
    List<SourceDocument> next(int max);

    /** Archive records passed over so far, by reason. */
    SkipCounts skipped();

    /** Closes an archive left open by a run that stopped early; never throws. */
    @Override
    void close();
}
