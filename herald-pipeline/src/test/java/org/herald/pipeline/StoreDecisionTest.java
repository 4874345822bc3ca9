package org.herald.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoreDecisionTest {
    @Test
    void aDocumentGivenUpIsNeverStoredAndOneBeingStoredIsNeverGivenUp() {
        StoreDecision givenUp = new StoreDecision();
        assertTrue(givenUp.giveUp());
        assertFalse(givenUp.claimForStore(), "given up first: the worker stores nothing");
        assertTrue(givenUp.giveUp(), "asking again says the same");

        StoreDecision storing = new StoreDecision();
        assertTrue(storing.claimForStore());
        assertFalse(storing.giveUp(), "the put has begun: the caller waits for it");
        assertTrue(storing.claimForStore());
    }
}
