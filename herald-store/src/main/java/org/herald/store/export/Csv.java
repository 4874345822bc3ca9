package org.herald.store.export;

import java.io.IOException;
import java.util.List;

/**
 * RFC 4180 rows: fields separated by commas, rows ended by CRLF, and a field that holds a comma, a double quote,
 * a line break or leading/trailing space put in double quotes, with each double quote inside doubled.
 */
public final class Csv {
    private Csv() {}

    public static void row(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) out.append(',');
            field(out, fields.get(i));
        }
        out.append("\r\n");
    }

    static void field(Appendable out, String value) throws IOException {
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) return false;
        if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }
}
