package org.herald.events.petrarch;

import java.util.List;
import java.util.Map;

/**
 * Verb families and synsets read from a PETRARCH-1, PETRARCH-2 (CAMEO.2.0) or TABARI verb dictionary; each synset
 * member is a small pattern of its own ({@code +AUSTRIAN FLORIN}, {@code +&TIETYPES}).
 */
public record VerbDictionary(List<VerbFamily> families, Map<String, List<List<PatternElement>>> synsets) {
    public VerbDictionary {
        families = List.copyOf(families);
        synsets = Map.copyOf(synsets);
    }

    public int formCount() {
        return families.stream().mapToInt(f -> f.forms().size()).sum();
    }

    public int patternCount() {
        return families.stream().mapToInt(f -> f.patterns().size()).sum();
    }
}
