package org.herald.events.petrarch;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A parse with what the coder asks of it: upper-case words, parts of speech and each node's parent. */
final class ParsedSentence {
    final PennTree root;
    final List<PennTree> words;
    final List<String> tokens;
    private final Map<PennTree, PennTree> parents = new IdentityHashMap<>();

    ParsedSentence(PennTree root) {
        this.root = root;
        this.words = root.words();
        List<String> t = new ArrayList<>();
        for (PennTree w : words) {
            t.add(w.word().orElseThrow().toUpperCase(Locale.ROOT));
        }
        this.tokens = List.copyOf(t);
        index(root);
    }

    private void index(PennTree t) {
        for (PennTree c : t.children()) {
            parents.put(c, t);
            index(c);
        }
    }

    Optional<PennTree> parent(PennTree t) {
        return Optional.ofNullable(parents.get(t));
    }

    String tag(int i) {
        return words.get(i).label();
    }

    /** The smallest NP covering word {@code i}. */
    Optional<PennTree> smallestNp(int i) {
        PennTree t = words.get(i);
        for (Optional<PennTree> p = parent(t); p.isPresent(); p = parent(p.get())) {
            if (p.get().label().startsWith("NP")) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The smallest NP starting at word {@code i}. */
    Optional<PennTree> smallestNpStartingAt(int i) {
        for (Optional<PennTree> p = parent(words.get(i)); p.isPresent() && p.get().start() == i; p = parent(p.get())) {
            if (p.get().label().startsWith("NP")) {
                return p;
            }
        }
        return Optional.empty();
    }

    /** The largest NP starting at word {@code i}, inside {@code limit}. */
    Optional<PennTree> largestNpStartingAt(int i, int limit) {
        PennTree best = null;
        for (Optional<PennTree> p = parent(words.get(i)); p.isPresent() && p.get().start() == i; p = parent(p.get())) {
            if (p.get().label().startsWith("NP") && p.get().end() <= limit) {
                best = p.get();
            }
        }
        return Optional.ofNullable(best);
    }
}
