package org.herald.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyzeSettingsTest {

    @Test
    void defaultsAdmitAHundredThousandWordDocument() {
        // 100,000 words of English news average about 6 characters each with the space.
        assertTrue(AnalyzeSettings.defaults().maxBodyChars() >= 600_000);
    }

    @Test
    void readsKnownKeysOverTheDefaults() {
        AnalyzeSettings s = AnalyzeSettings.of(Map.of("chunkChars", "5000"));
        assertEquals(5000, s.chunkChars());
        assertEquals(AnalyzeSettings.defaults().maxBodyChars(), s.maxBodyChars());
    }

    @Test
    void rejectsUnknownKeysAndBadValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalyzeSettings.of(Map.of("maxBodyChar", "10")));
        assertTrue(e.getMessage().contains("maxBodyChar"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnalyzeSettings.of(Map.of("chunkChars", "many")));
        assertThrows(IllegalArgumentException.class, () -> new AnalyzeSettings(5000, 10));
        assertThrows(IllegalArgumentException.class, () -> new AnalyzeSettings(1000, 2000));
    }
}
