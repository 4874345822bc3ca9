package org.herald.events.coding;

import java.util.List;
import java.util.Objects;

/**
 * A predicate that matched the dictionary: its trigger, the verbs or nouns searched for arguments, the candidate
 * source and target heads, and the entry that gave the code.
 *
 * @param kind "svo", "passive", "relcl" or "nominal", the first part of the rule id
 * @param chain the trigger, then its xcomp verbs ("threatened", "impose") or, for a nominal event, its light verb
 * @param targets candidate target heads, one group per slot of the entry in its order (passive: the subject); the
 *                first group with a codable actor gives the targets
 */
record Clause(String kind, int trigger, List<Integer> chain, List<Integer> sources, List<List<Integer>> targets,
              VerbEntry entry) {
    Clause {
        Objects.requireNonNull(kind, "kind");
        chain = List.copyOf(chain);
        sources = List.copyOf(sources);
        targets = targets.stream().map(List::copyOf).toList();
        Objects.requireNonNull(entry, "entry");
    }

    String rule() {
        return kind + ":" + entry.file() + ":" + entry.pattern();
    }
}
