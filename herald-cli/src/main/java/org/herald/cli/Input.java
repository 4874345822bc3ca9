package org.herald.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.herald.extract.RawDocument;

/**
 * One document to read: a file, or standard input when {@code path} is empty. Nothing is read until a worker
 * needs it, so a folder of any size costs only its list of names.
 *
 * @param source the name echoed in the output: the path as the user wrote it (plus the part below a folder), or "-"
 */
record Input(String source, Optional<Path> path, RawDocument.Format format) {
    Input {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    static Input stdin() {
        return new Input("-", Optional.empty(), RawDocument.Format.AUTO);
    }

    static Input file(String source, Path path) {
        return new Input(source, Optional.of(path), formatOf(path));
    }

    Input withFormat(RawDocument.Format format) {
        return new Input(source, path, format);
    }

    boolean gzipped() {
        return path.map(p -> lowerName(p).endsWith(".gz")).orElse(false);
    }

    /** What the file name says the bytes are; {@code page.txt.gz} is text like {@code page.txt}. */
    static RawDocument.Format formatOf(Path path) {
        String name = withoutGz(lowerName(path));
        if (name.endsWith(".txt")) {
            return RawDocument.Format.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return RawDocument.Format.HTML;
        }
        return RawDocument.Format.AUTO;
    }

    /** Whether a file met while walking a folder is a document: a page or a text, optionally gzipped. */
    static boolean isDocumentName(Path path) {
        return formatOf(path) != RawDocument.Format.AUTO;
    }

    private static String withoutGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    private static String lowerName(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
