package org.herald.events.petrarch;

/**
 * How a dictionary's words match the text. The two formats share a syntax but not its meaning, so a reader is told
 * which one it reads.
 */
public enum DictionaryFormat {
    /**
     * PETRARCH-1 / PETRARCH-2 (and Phoenix): a word is a whole word; verbs also match their regular endings
     * ("ABANDON" → "abandoned", "abandoning").
     */
    PETRARCH,
    /**
     * TABARI / KEDS: a word is a stem unless it ends in {@code _} ("RESTOR" → "restore", "restored", "restoring";
     * "ARGENTIN" → "Argentina", "Argentine"; "ESTONIA_" → not "Estonian"). A whole-word verb still takes regular
     * endings, -ES and -EN among them ("DEPART_" → "departed", "departes"; not "departx").
     */
    TABARI
}
