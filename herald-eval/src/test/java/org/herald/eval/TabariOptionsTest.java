package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TabariOptionsTest {
    @Test
    void minimumWordsCountsWhatSpacesSeparate() {
        TabariOptions.Applied a = TabariOptions.defaults().apply("OPTION: SET: MINIMUM WORDS = 5");
        assertTrue(a.supported());
        assertTrue(a.options().tooShort("Norland's planes bombed Eastmark."));
        assertFalse(a.options().tooShort("Norland's planes bombed Eastmark on Friday."));
        assertFalse(TabariOptions.defaults().tooShort("Talks."));
    }

    @Test
    void codeBySentenceKeepsTheFirstEventUntilSwitchedBack() {
        TabariOptions bySentence = TabariOptions.defaults().apply("OPTION: SET: CODE BY SENTENCE").options();
        assertTrue(bySentence.firstEventOnly());
        assertFalse(bySentence.apply("OPTION: SET: CODE ALL").options().firstEventOnly());
        assertFalse(bySentence.apply("OPTION: SET:  CODE BY CLAUSE").options().firstEventOnly());
    }

    @Test
    void convertAgentWritesAgentsWithoutActorsWithATilde() {
        TabariOptions.Applied on = TabariOptions.defaults().apply("OPTION: SET: CONVERT AGENT = TRUE");
        assertTrue(on.supported());
        assertEquals("~MOS", on.options().actorCode("---MOS"));
        assertEquals("~MOSREB", on.options().actorCode("---MOSREB"));
        assertEquals("ARNGOV", on.options().actorCode("ARNGOV"));
        assertEquals("---", on.options().actorCode("---"));
        assertEquals("---MOS", on.options().apply("OPTION: SET: CONVERT AGENT = FALSE").options().actorCode("---MOS"));
        assertEquals("---MOS", TabariOptions.defaults().actorCode("---MOS"));
    }

    @Test
    void shallowParserOptionsAreUnsupportedAndChangeNothing() {
        TabariOptions.Applied a = TabariOptions.defaults().apply("OPTION: DEFAULT: SOURCE [DEF] TARGET [TAR] AFTER");
        assertFalse(a.supported());
        assertTrue(a.options().equals(TabariOptions.defaults()));
    }
}
