package org.herald.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it, written apart from the server's writer so that a test reads what a
 * spreadsheet would: quoted fields may hold commas, line breaks and doubled quotes; rows end in CRLF.
 */
final class CsvParser {
    private CsvParser() {}

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0) throw new AssertionError("a quote inside an unquoted field at " + i);
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    throw new AssertionError("CR without LF at " + i);
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new AssertionError("a bare LF ends no row in RFC 4180, at " + i);
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new AssertionError("the text ends inside a quoted field");
        if (field.length() > 0 || !row.isEmpty()) throw new AssertionError("the last row has no CRLF");
        return rows;
    }
}
