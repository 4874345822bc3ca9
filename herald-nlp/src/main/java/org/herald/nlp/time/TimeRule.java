package org.herald.nlp.time;

import java.util.List;

/** One kind of time expression: finds its expressions in a sentence and resolves them. Thread-safe. */
interface TimeRule {
    void find(SentenceText sentence, List<Found> out);
}
