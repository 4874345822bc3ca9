package org.herald.cli;

import java.util.Locale;

/**
 * Text from outside (file names, messages that quote them) made safe for a terminal line: a name holding a newline
 * could forge a line of output, and one holding an escape sequence could rewrite the screen. Control characters,
 * DEL, the C1 controls and the bidirectional overrides are written as escapes ({@code \n}, {@code \u001b}).
 */
final class Terminal {
    private Terminal() {}

    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(c);
            if (escape == null) {
                if (out != null) out.append(c);
                continue;
            }
            if (out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
            out.append(escape);
        }
        return out == null ? text : out.toString();
    }

    private static String escape(char c) {
        switch (c) {
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            default: break;
        }
        boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
        boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
        return control || bidi ? String.format(Locale.ROOT, "\\u%04x", (int) c) : null;
    }
}
