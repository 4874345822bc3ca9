package org.herald.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How far {@code ingest} got in each archive: per file, the last record whose document is dealt with (stored,
 * already stored or failed) and made durable by a store commit. Kept as {@value #FILE_NAME} in the store's folder,
 * written after each commit by replacing the file whole, so a kill -9 leaves the last commit's progress, never more:
 * what a run did after its last commit is read again and, where stored after all, found already stored.
 *
 * <p>A file is known by its absolute path and size: an archive rewritten since (another size) is read from the
 * start. Thread-safe: the run's writer and its exit hook both save.
 */
final class ArchiveProgress {
    static final String FILE_NAME = "archive-progress.tsv";
    private static final String HEADER = "# archive-progress.tsv: where `herald ingest` left each web archive; "
            + "written after each commit.\n# offset (of the last record dealt with)\tbytes (of the file)\tpath\n";

    private record Key(String path, long size) {}

    private final Path file;
    private final Map<Key, Long> done = new LinkedHashMap<>();

    private ArchiveProgress(Path file) {
        this.file = file;
    }

    /** The progress saved in {@code storeDir}, or none yet; a line that does not parse is ignored (read again). */
    static ArchiveProgress load(Path storeDir) {
        ArchiveProgress p = new ArchiveProgress(storeDir.resolve(FILE_NAME));
        if (!Files.isRegularFile(p.file)) return p;
        try {
            for (String line : Files.readAllLines(p.file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                if (cols.length != 3) continue;
                try {
                    p.done.put(new Key(cols[2], Long.parseLong(cols[1])), Long.parseLong(cols[0]));
                } catch (NumberFormatException e) {
                    // a damaged line costs a re-read of that archive, which stores nothing twice
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + p.file, e);
        }
        return p;
    }

    /** The record to read on after in {@code archive}, when an earlier commit covered part of it. */
    synchronized OptionalLong resumeAfter(Path archive) {
        Long offset = done.get(key(archive));
        return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
    }

    /** Notes that the document of this record is dealt with; it counts once the next {@link #save} follows a commit. */
    synchronized void done(SourceDocument.ArchiveMark mark) {
        done.merge(key(mark.file()), mark.offset(), Math::max);
    }

    /** What is noted so far: take it before a commit and save it after, so it never claims more than was committed. */
    synchronized List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        done.forEach((k, offset) -> lines.add(String.format(Locale.ROOT, "%d\t%d\t%s", offset, k.size(), k.path())));
        return lines;
    }

    /** Writes a snapshot in place of the file, whole or not at all. */
    synchronized void save(List<String> snapshot) {
        if (snapshot.isEmpty()) return;
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.writeString(tmp, HEADER + String.join("\n", snapshot) + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    private static Key key(Path archive) {
        Path absolute = archive.toAbsolutePath().normalize();
        long size;
        try {
            size = Files.size(archive);
        } catch (IOException e) {
            size = -1; // gone since: never matches a saved size, so it would be read from the start
        }
        return new Key(absolute.toString(), size);
    }
}
