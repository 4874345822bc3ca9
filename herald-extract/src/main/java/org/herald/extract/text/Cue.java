package org.herald.extract.text;

import java.util.Locale;

/** The categories of {@code cues.tsv}: what a phrase says about the line it is on. */
enum Cue {
    SHARE, SOCIAL, COMMENTS, ADVERT, NEWSLETTER, COOKIE, FOLLOW, NAVIGATION, LISTEN, COPYRIGHT, PRODUCTION,
    /** Opens a list of other headlines: "You might also like". */
    RELATED_HEADING,
    /** Opens a single headline set inside the body: "Read more: Storm leaves thousands without power". */
    RELATED_LINK,
    /** Marks a photo credit: "Copyright …", "Photo: …", "… via AP", "…/Reuters". */
    CREDIT,
    /** Addresses the reader, as boxes and notices do and news copy outside quotes does not: "your inbox". */
    READER;

    /** True for the categories whose lines are page furniture to drop. */
    boolean furniture() {
        return this != RELATED_HEADING && this != RELATED_LINK && this != CREDIT && this != READER;
    }

    static Cue parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
