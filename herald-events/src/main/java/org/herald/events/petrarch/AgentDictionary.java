package org.herald.events.petrarch;

import java.util.List;

/** Agents read from a PETRARCH/TABARI {@code .agents} file; see {@link AgentDictionaryReader}. */
public record AgentDictionary(List<AgentEntry> entries) {
    public AgentDictionary {
        entries = List.copyOf(entries);
    }
}
