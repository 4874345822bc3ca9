package org.herald.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.extract.RawDocument;

/**
 * The sample articles bundled with the CLI, written for Herald (invented events and people). A jar cannot be
 * listed like a folder, so {@code samples/index.txt} names them, one file per line; {@code #} starts a comment.
 */
final class SampleArticles {
    private static final String FOLDER = "samples/";

    /** The samples in index order, as documents ready to extract; a missing sample is a packaging bug and throws. */
    List<RawDocument> load() {
        List<RawDocument> docs = new ArrayList<>();
        for (String name : index()) {
            Optional<String> url = Optional.of("https://herald.example/samples/" + name);
            docs.add(new RawDocument(name, bytes(name), url, Input.formatOf(Path.of(name))));
        }
        return docs;
    }

    List<String> index() {
        String text = new String(bytes("index.txt"), StandardCharsets.UTF_8);
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = SampleArticles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("sample missing from the class path: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }
}
