package org.herald.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The committed minimum scores of a suite: {@code metric<TAB>floor} lines; CI fails when a score drops below. */
final class Floors {
    private Floors() {}

    static Map<String, Double> load(String resource) {
        Map<String, Double> floors = new LinkedHashMap<>();
        try (InputStream in = Floors.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing floors file " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t");
                if (cells.length < 2) throw new IllegalStateException(resource + ":" + number + ": want metric<TAB>floor");
                floors.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return floors;
    }
}
