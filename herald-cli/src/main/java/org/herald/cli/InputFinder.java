package org.herald.cli;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.herald.archive.ArchiveFiles;

/**
 * Turns the operands of a command into documents, in a deterministic order: operands as given, each folder's
 * documents sorted by path. A named file is always taken; inside folders only {@code .html .htm .xhtml .txt}
 * (optionally {@code .gz}) and web archives ({@code .warc .warc.gz .arc.gz}) are, through symbolic links; a page-named entry that cannot be read (a FIFO, a dangling
 * or looping link) is kept so that reading it reports why. A folder holding {@code source.html} is an evaluation case whose other files
 * ({@code expected.html}) are answers, not pages, so only {@code source.html} is taken there.
 */
final class InputFinder {
    static final String CASE_PAGE = "source.html";

    /** The documents named by the operands; a missing path is kept, and fails as unreadable when read. */
    List<Input> find(List<String> operands) {
        List<Input> inputs = new ArrayList<>();
        for (String operand : operands) {
            if (operand.equals("-")) {
                inputs.add(Input.stdin());
                continue;
            }
            // "caf\xE9.html" (how a name that is no UTF-8 reaches us, CommandLineBytes) is the file's own bytes
            Path path = FileNames.path(operand);
            if (Files.isDirectory(path)) {
                walk(path).forEach(p -> inputs.add(Input.file(FileNames.source(p), p)));
            } else {
                inputs.add(Input.file(operand, path));
            }
        }
        return inputs;
    }

    private static List<Path> walk(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            // Links are followed (a folder of links to pages is a folder of pages); a link loop comes to
            // visitFileFailed as a FileSystemLoopException and is reported, never walked forever.
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // A page-named entry that is no regular file (a FIFO, a dangling link) is kept, so reading
                    // refuses it with its reason instead of it vanishing from the counts.
                    if (Input.isDocumentName(file) || ArchiveFiles.isArchive(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Kept as an input: reading it fails again and it becomes an "unreadable" line, not a gap.
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // The folder itself stands for what could not be listed; reading it yields its "unreadable" line.
            files.add(folder);
        }
        files.sort(null);
        Set<Path> caseFolders = new HashSet<>();
        for (Path f : files) {
            if (f.getFileName().toString().equals(CASE_PAGE)) {
                caseFolders.add(f.getParent());
            }
        }
        return files.stream()
                .filter(f -> !caseFolders.contains(f.getParent()) || f.getFileName().toString().equals(CASE_PAGE))
                .toList();
    }
}
