package org.herald.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignatureTest {
    private final NearDuplicateIndex index = NearDuplicateIndex.defaults();

    @Test
    void aSyndicatedCopyIsACopyAndARewriteIsNot() {
        Signature original = index.sign(Samples.TRADE_STRIKER).orElseThrow();
        Signature copy = index.sign(NearDuplicateIndexTest.syndicated(Samples.TRADE_STRIKER)).orElseThrow();
        Signature other = index.sign(Samples.TRADE_KEEPER).orElseThrow();
        assertTrue(index.copies(copy, original));
        assertFalse(index.copies(other, original));
    }

    @Test
    void bytesReadBackTheSameSignatureAndBands() {
        Signature s = index.sign(Samples.FIRE_CHURCH).orElseThrow();
        Signature back = Signature.fromBytes(s.toBytes());
        assertEquals(s, back);
        assertArrayEquals(s.bands(), back.bands());
        assertEquals(42, s.bands().length);
        assertEquals(1.0, s.agreement(back));
    }

    @Test
    void aTextWithoutWordsHasNoSignatureAndOtherBytesAreNone() {
        assertEquals(Optional.empty(), index.sign(" … "));
        assertThrows(IllegalArgumentException.class, () -> Signature.fromBytes(new byte[] {1, 2, 3}));
    }
}
