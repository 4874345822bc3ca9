package org.herald.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Trafilatura evaluation corpus (../shared/eval/extraction/trafilatura-evaldata, read in place):
 * {@code evaldata.json} maps a page's URL (or {@code hard::<file>}) to its file, the segments its main text must
 * contain ({@code with}) and must not contain ({@code without}), and its expected title, author and date. Pages are
 * gzipped under {@code cache/}, else {@code eval/}, upstream's lookup order.
 */
final class TrafilaturaSuite {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TrafilaturaSuite() {}

    /**
     * One page and its labels. {@code title}, {@code author} and {@code date} are empty when not given or blank.
     *
     * @param key the split key: the URL's host without {@code www.}, else the file name, so that one site's pages
     *            sit in one half
     */
    record Page(String name, String key, Path file, Optional<String> url, List<String> with, List<String> without,
                Optional<String> title, Optional<String> author, Optional<String> date) {}

    static List<Page> read(Path suite) {
        try {
            JsonNode root = JSON.readTree(suite.resolve("evaldata.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                pages.add(page(suite, e.getKey(), e.getValue()));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + suite, e);
        }
    }

    private static Page page(Path suite, String key, JsonNode v) {
        String file = v.path("file").asText();
        Path cached = suite.resolve("cache").resolve(file + ".gz");
        Path path = Files.isRegularFile(cached) ? cached : suite.resolve("eval").resolve(file + ".gz");
        Optional<String> url = key.startsWith("http") ? Optional.of(key) : Optional.empty();
        return new Page(file, url.flatMap(TrafilaturaSuite::host).orElse(file), path, url, texts(v.path("with")),
                texts(v.path("without")), text(v.path("title")), text(v.path("author")), text(v.path("date")));
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.replace(" ", "%20")).getHost())
                    .map(h -> h.replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A string, or upstream's list of authors joined with "; ". */
    private static Optional<String> text(JsonNode node) {
        String s = node.isArray() ? String.join("; ", texts(node)) : node.isTextual() ? node.asText() : "";
        return s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(a -> out.add(a.asText()));
        return out;
    }
}
