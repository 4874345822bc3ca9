package org.herald.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.herald.model.lexicon.Lexicon;

/** The committed minimum scores of a suite: {@code metric<TAB>floor} lines; CI fails when a score drops below. */
final class Floors {
    private Floors() {}

    static Map<String, Double> load(String resource) {
        Map<String, Double> floors = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(Floors.class, resource, 2, 2)) {
            try {
                floors.put(row.get(0), Double.parseDouble(row.get(1)));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ": floor of " + row.get(0) + " is not a number: "
                        + row.get(1), e);
            }
        }
        return floors;
    }
}
