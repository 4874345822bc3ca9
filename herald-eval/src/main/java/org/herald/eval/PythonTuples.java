package org.herald.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tagtog exports' Python-literal span lists, {@code [('Source-1', 'suicide bomber', 32), …]}: strings in
 * single or double quotes with backslash escapes, then an integer. Anything else in the cell is skipped.
 */
final class PythonTuples {
    private PythonTuples() {}

    record Tuple(String label, String text, int start) {}

    static List<Tuple> parse(String cell) {
        List<Tuple> tuples = new ArrayList<>();
        int[] at = {0};
        while (true) {
            int open = cell.indexOf('(', at[0]);
            if (open < 0) return tuples;
            at[0] = open + 1;
            String label = string(cell, at);
            String text = string(cell, at);
            Integer start = integer(cell, at);
            if (label != null && text != null && start != null) tuples.add(new Tuple(label, text, start));
        }
    }

    /** The next quoted string from {@code at[0]}, or null when a tuple element is not one. */
    private static String string(String s, int[] at) {
        int i = at[0];
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',')) i++;
        if (i >= s.length() || s.charAt(i) != '\'' && s.charAt(i) != '"') return null;
        char quote = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        for (; i < s.length() && s.charAt(i) != quote; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        at[0] = i + 1;
        return b.toString();
    }

    private static Integer integer(String s, int[] at) {
        int i = at[0];
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == ',')) i++;
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        at[0] = i;
        return i == start ? null : Integer.parseInt(s.substring(start, i));
    }
}
