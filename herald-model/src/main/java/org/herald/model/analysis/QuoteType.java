package org.herald.model.analysis;

/** How the words are reported. */
public enum QuoteType {
    /** The speaker's own words in quotation marks. */
    DIRECT,
    /** Reported speech: "X said that …", "X warned …". */
    INDIRECT,
    /** A quoted fragment inside reported speech: X called the plan "reckless". */
    PARTIAL
}
