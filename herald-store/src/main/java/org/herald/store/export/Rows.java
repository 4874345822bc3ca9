package org.herald.store.export;

import java.io.IOException;

/** How one download or export format writes hits: a header (or none), then each hit as zero or more lines. */
public interface Rows<H> {
    /** Writes the format's first line, or nothing when it has none. */
    void header(Appendable out) throws IOException;

    /** Writes the hit's lines, each with its line end; returns how many (0 when the format has no row for it). */
    int write(H hit, Appendable out) throws IOException;
}
