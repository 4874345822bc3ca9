package org.herald.events.petrarch;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Verb families and synsets read from a PETRARCH-1, PETRARCH-2 (CAMEO.2.0) or TABARI verb dictionary; each synset
 * member is a small pattern of its own ({@code +AUSTRIAN FLORIN}, {@code +&TIETYPES}). {@code format} says how
 * the verbs match: whole words with regular endings (PETRARCH), or stems unless they end in {@code _} (TABARI).
 */
public record VerbDictionary(List<VerbFamily> families, Map<String, List<List<PatternElement>>> synsets,
        DictionaryFormat format) {
    public VerbDictionary {
        families = List.copyOf(families);
        synsets = Map.copyOf(synsets);
        Objects.requireNonNull(format, "format");
    }

    /** A PETRARCH-format dictionary: verbs also match their regular endings. */
    public VerbDictionary(List<VerbFamily> families, Map<String, List<List<PatternElement>>> synsets) {
        this(families, synsets, DictionaryFormat.PETRARCH);
    }

    public int formCount() {
        return families.stream().mapToInt(f -> f.forms().size()).sum();
    }

    public int patternCount() {
        return families.stream().mapToInt(f -> f.patterns().size()).sum();
    }
}
