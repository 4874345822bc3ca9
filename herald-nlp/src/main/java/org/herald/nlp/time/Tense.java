package org.herald.nlp.time;

/** Whether a sentence places its event before or after the reference date, as far as its words tell. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
