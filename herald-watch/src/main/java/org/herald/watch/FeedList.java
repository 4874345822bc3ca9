package org.herald.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The feeds and sitemaps to watch, as a user lists them: one http(s) URL a line; blank lines and lines starting
 * with {@code #} are ignored, and a URL listed twice is watched once.
 */
public final class FeedList {
    private FeedList() {}

    /**
     * Reads the list.
     *
     * @throws IllegalArgumentException for a line that is not an absolute http(s) URL, naming the file and line
     */
    public static List<URI> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Set<URI> feeds = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int lineNumber = i + 1;
            feeds.add(Urls.parse(line).orElseThrow(() -> new IllegalArgumentException(
                    file + ":" + lineNumber + ": not an http(s) URL: " + line)));
        }
        return new ArrayList<>(feeds);
    }
}
