package org.herald.archive;

import java.util.Locale;

/** Why an archive record gave no document. Stable names: they appear in command summaries. */
public enum SkipReason {
    /** A revisit record: the page was fetched before and is stored elsewhere in the archive, or unchanged. */
    REVISIT,
    /** A record that holds no fetched page: warcinfo, request, metadata, resource, conversion. */
    NOT_RESPONSE,
    /** An HTTP response whose status is not 200: a redirect, an error page, a 304. */
    NOT_200,
    /** A 200 response whose Content-Type is not HTML: an image, a script, a feed, a PDF. */
    NOT_HTML;

    /** The lower-case name used in summaries. */
    public String kind() {
        return name().toLowerCase(Locale.ROOT);
    }
}
