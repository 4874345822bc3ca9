package org.herald.events.petrarch;

import java.util.List;
import java.util.Optional;

/**
 * A verb family: {@code --- ABANDON [345] ---}, its verbs and the patterns they share. In TABARI files, without
 * {@code ---} headers, each verb line starts a family of its own.
 */
public record VerbFamily(String name, Optional<String> code, List<VerbForm> forms, List<VerbPattern> patterns, int line) {
    public VerbFamily {
        forms = List.copyOf(forms);
        patterns = List.copyOf(patterns);
    }
}
