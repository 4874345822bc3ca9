package org.herald.nlp.time;

/** The calendar units of relative expressions ("two weeks ago", "next month"). */
public enum CalendarUnit {
    DAY, WEEK, MONTH, YEAR, DECADE
}
