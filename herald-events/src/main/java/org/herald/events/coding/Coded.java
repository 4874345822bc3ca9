package org.herald.events.coding;

import org.herald.model.analysis.Event;

/** An event with the index of its trigger token, which the sentence-level rules need. */
record Coded(Event event, int trigger) {}
