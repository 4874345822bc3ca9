package org.herald.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads {@code --paths FILE}: archive paths one a line, as Common Crawl publishes them for CC-NEWS
 * ({@code warc.paths}, also gzipped): relative paths are taken relative to the list file's folder, absolute ones
 * as they are; blank lines and {@code #} comments are left out.
 */
final class PathsList {
    private PathsList() {}

    static List<String> read(Path list) throws IOException {
        Path base = list.toAbsolutePath().getParent();
        List<String> paths = new ArrayList<>();
        boolean gzip = list.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(list);
             InputStream in = gzip ? new GZIPInputStream(raw) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String p = line.strip();
                if (p.isEmpty() || p.startsWith("#")) continue;
                Path path = Path.of(p);
                paths.add(path.isAbsolute() ? path.toString() : base.resolve(path).normalize().toString());
            }
        }
        return paths;
    }
}
