package org.herald.model.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stage's data tables: UTF-8 TSV files on the class path, {@code #} comment lines, one entry per line.
 * A row with the wrong number of columns fails with {@code file:line}, so a bad edit is found at start-up.
 */
public final class Lexicon {
    private Lexicon() {}

    /** The rows of a table, each split on tabs into exactly {@code columns} cells (trailing empty cells allowed). */
    public static List<List<String>> rows(Class<?> anchor, String resource, int minColumns, int maxColumns) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing data file " + anchor.getPackageName() + "/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < minColumns || cells.size() > maxColumns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + minColumns
                            + (maxColumns > minColumns ? ".." + maxColumns : "") + " columns, found " + cells.size());
                }
                rows.add(cells.stream().map(String::strip).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /** The first column of every row, for one-column word lists. */
    public static List<String> words(Class<?> anchor, String resource) {
        return rows(anchor, resource, 1, Integer.MAX_VALUE).stream().map(r -> r.get(0)).toList();
    }
}
