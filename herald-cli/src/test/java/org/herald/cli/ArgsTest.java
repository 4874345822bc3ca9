package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void optionsAndOperandsMayInterleave() {
        Args a = new Args(List.of("x", "--seconds", "3", "--format=html", "-", "--", "--literal"), "usage");
        assertEquals(Optional.empty(), a.nextOption());
        assertEquals(Optional.of("x"), a.nextOperand());
        assertEquals(Optional.of("seconds"), a.nextOption());
        assertEquals(3, a.positiveInt("seconds"));
        assertEquals(Optional.of("format"), a.nextOption());
        assertEquals("html", a.value("format"));
        assertEquals(Optional.empty(), a.nextOption());
        assertEquals(Optional.of("-"), a.nextOperand());
        assertEquals(Optional.empty(), a.nextOption());
        assertEquals(Optional.of("--literal"), a.nextOperand());
        assertEquals(Optional.empty(), a.nextOperand());
    }

    @Test
    void mistakesCarryTheUsage() {
        Args a = new Args(List.of("--seconds", "soon"), "the usage");
        a.nextOption();
        UsageException e = assertThrows(UsageException.class, () -> a.positiveInt("seconds"));
        assertEquals("the usage", e.usage());
        Args flag = new Args(List.of("--json=yes"), "u");
        flag.nextOption();
        assertThrows(UsageException.class, () -> flag.flag("json"));
    }
}
