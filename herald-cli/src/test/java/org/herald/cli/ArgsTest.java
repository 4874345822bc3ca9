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

    @Test
    void readHandsEachOptionToTheHandlerAndReturnsTheOperands() {
        Args a = new Args(List.of("x", "--seconds", "3", "-", "--", "--literal"), "usage");
        List<String> seen = new java.util.ArrayList<>();
        Optional<List<String>> operands = a.read(name -> seen.add(name + "=" + a.positiveInt(name)));
        assertEquals(Optional.of(List.of("x", "-", "--literal")), operands);
        assertEquals(List.of("seconds=3"), seen);
    }

    @Test
    void readStopsAtHelpAndLetsTheHandlerRejectUnknownOptions() {
        assertEquals(Optional.empty(), new Args(List.of("a", "--help", "b"), "u").read(name -> { }));
        Args a = new Args(List.of("--colour"), "u");
        assertThrows(UsageException.class, () -> a.read(name -> {
            throw a.unknown(name);
        }));
    }
}
