package org.herald.model.analysis;

/** Kinds of named entity. Geographic kinds are kept apart because events and actors need the difference. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, MISC
}
