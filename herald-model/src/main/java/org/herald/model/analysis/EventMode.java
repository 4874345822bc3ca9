package org.herald.model.analysis;

/** Whether the text says an event happened. Only {@link #ASSERTED} events are facts the article states. */
public enum EventMode {
    /** Stated as having happened: "Russia shelled the city". */
    ASSERTED,
    /** Denied or said not to have happened: "Moscow denies it has any plans to invade". */
    NEGATED,
    /** Possible or conditional: "could invade", "would have serious consequences", "if talks fail". */
    HYPOTHETICAL,
    /** Announced for later: "will meet on Monday". */
    FUTURE,
    /** A claim attributed to a speaker rather than stated by the article: inside a quote or reported speech. */
    REPORTED
}
