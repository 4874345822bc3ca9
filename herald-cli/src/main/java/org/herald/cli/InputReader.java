package org.herald.cli;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.herald.model.Outcome;
import org.herald.model.Reason;

/**
 * Reads an input's bytes, decompressing {@code .gz}, at most {@code maxBytes} of them: a huge file or a gzip
 * bomb fails as {@code TOO_LARGE} before it can exhaust memory. I/O problems become {@code UNREADABLE}
 * outcomes with the cause in the detail; nothing is thrown.
 */
final class InputReader {
    private final long maxBytes;
    private final InputStream stdin;

    InputReader(long maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    Outcome<byte[]> read(Input input) {
        // A FIFO, socket or device would block or never end: refused before it is opened. Links are followed.
        if (input.path().isPresent()) {
            Path path = input.path().get();
            if (Files.isSymbolicLink(path) && !Files.exists(path)) {
                return unreadable(input, "broken symbolic link (its target does not exist, or the links loop)");
            }
            if (Files.isDirectory(path)) {
                return unreadable(input, "a folder that could not be listed, or a link back to a folder above it");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                return unreadable(input, "not a regular file (a FIFO, socket or device is never read)");
            }
        }
        try (InputStream raw = open(input);
             InputStream in = input.gzipped() ? new GZIPInputStream(raw) : raw) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return Outcome.failed(input.source(), Reason.TOO_LARGE,
                        "more than " + maxBytes + " bytes" + (input.gzipped() ? " after decompression" : ""));
            }
            return Outcome.ok(input.source(), bytes, List.of());
        } catch (NoSuchFileException e) {
            return unreadable(input, "no such file");
        } catch (AccessDeniedException e) {
            return unreadable(input, "permission denied");
        } catch (ZipException | EOFException e) {
            return unreadable(input, "broken gzip data: " + message(e));
        } catch (IOException e) {
            return unreadable(input, message(e));
        }
    }

    private InputStream open(Input input) throws IOException {
        if (input.path().isPresent()) {
            return Files.newInputStream(input.path().get());
        }
        // Standard input belongs to the process, not to this document: reading it must not close it.
        return new FilterInputStream(stdin) {
            @Override
            public void close() {
                // deliberately left open, see above
            }
        };
    }

    private static Outcome<byte[]> unreadable(Input input, String why) {
        return Outcome.failed(input.source(), Reason.UNREADABLE, input.source() + ": " + why);
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
