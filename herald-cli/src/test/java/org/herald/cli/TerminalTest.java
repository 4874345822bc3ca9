package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TerminalTest {
    @Test
    void controlCharactersInANameCannotForgeALine() {
        assertEquals("a\\nherald: 0 failed", Terminal.safe("a\nherald: 0 failed"));
        assertEquals("x\\u001b[2Jy", Terminal.safe("x\u001b[2Jy"));
        assertEquals("\\u202eevil", Terminal.safe("\u202eevil"));
        assertEquals("tab\\there", Terminal.safe("tab\there"));
        String plain = "news/ünïcode-page.html";
        assertSame(plain, Terminal.safe(plain), "ordinary text, accents included, is left alone");
    }
}
