package org.herald.extract.text;

/** What a line of scraped text is to the article. */
public enum LineRole {
    /** The headline. */
    TITLE,
    /** The lead image's caption, kept once. */
    CAPTION,
    /** Who took or supplied the image: "Copyright Maria Lenz, Kestrel Press via AP". */
    CREDIT,
    /** "By AP &amp; Kestrel News". */
    BYLINE,
    /** A line holding only a date or time: "Updated 14 March 2022, 09:12". */
    DATE,
    /** The summary set between headline and body. */
    STANDFIRST,
    /** A paragraph of the article, including its own subheadings and list items. */
    BODY,
    /** Opens a list of other headlines: "You might also like". */
    RELATED_HEADING,
    /** Another article's headline: listed under a heading, or set inline as "Read more: …". */
    RELATED,
    /** Page furniture, dropped: share bars, adverts, newsletter boxes, cookie notices, footers. */
    FURNITURE
}
