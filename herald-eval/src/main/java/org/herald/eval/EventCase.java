package org.herald.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One sentence of an event suite with the events a human coder expects.
 *
 * @param expected (source, target, code) triples; target "" when the event has none
 */
record EventCase(String id, LocalDate date, String text, Set<Triple> expected, boolean expectNone) {

    record Triple(String source, String target, String code) {}

    EventCase {
        expected = Set.copyOf(expected);
    }

    static List<String> codes(Set<Triple> triples) {
        return triples.stream().map(Triple::code).sorted().toList();
    }
}
