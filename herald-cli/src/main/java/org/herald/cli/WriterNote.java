package org.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * {@code STORE/writer.json}: which process holds the store's writer, so that another command meeting Lucene's
 * write lock can say who holds it, and find the running {@code serve} to hand its documents to. Lucene's lock is
 * the truth (it dies with its process); this note only names the holder, and a note whose process is gone is
 * stale and ignored. Written readable by its user only: a serve's note carries its hand-off token.
 *
 * @param pid      the writing process
 * @param command  {@code serve}, {@code ingest}, {@code watch} or {@code delete}
 * @param handOff  for a serve: its loopback address ({@code http://127.0.0.1:PORT}) and token
 * @param watching for a serve: true when it runs a watcher itself ({@code serve --watch}), so that a second watcher
 *                 over the same watch state is refused
 */
record WriterNote(long pid, String command, Optional<Address> handOff, boolean watching) {
    static final String FILE = "writer.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where a serve takes hand-offs. */
    record Address(String url, String token) {}

    static WriterNote of(String command) {
        return new WriterNote(ProcessHandle.current().pid(), command, Optional.empty(), false);
    }

    static WriterNote serve(String url, String token, boolean watching) {
        return new WriterNote(ProcessHandle.current().pid(), "serve", Optional.of(new Address(url, token)), watching);
    }

    /** True while the process that wrote the note runs. */
    boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The note in the store folder, if there is one that can be read. */
    static Optional<WriterNote> read(Path storeDir) {
        try {
            JsonNode o = JSON.readTree(Files.readString(storeDir.resolve(FILE)));
            Optional<Address> address = o.hasNonNull("url") && o.hasNonNull("token")
                    ? Optional.of(new Address(o.get("url").asText(), o.get("token").asText())) : Optional.empty();
            return Optional.of(new WriterNote(o.path("pid").asLong(-1), o.path("command").asText("?"), address,
                    o.path("watching").asBoolean(false)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // half-written by a process killed at that moment, or not ours: no note
            return Optional.empty();
        }
    }

    /** Writes the note (replacing a stale one) for the process that has just taken the store's write lock. */
    void write(Path storeDir) throws IOException {
        ObjectNode o = JSON.createObjectNode().put("pid", pid).put("command", command).put("watching", watching);
        handOff.ifPresent(a -> o.put("url", a.url()).put("token", a.token()));
        Path tmp = storeDir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + tmp + ": it appeared meanwhile", e);
        }
        Files.writeString(tmp, JSON.writeValueAsString(o));
        try {
            Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, storeDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes this process's note when it gives the writer up; another process's note is left alone. */
    static void remove(Path storeDir) {
        Optional<WriterNote> note = read(storeDir);
        if (note.isPresent() && note.get().pid() == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(storeDir.resolve(FILE));
            } catch (IOException e) {
                // a note left behind names a process that is gone: readers treat it as stale
            }
        }
    }

    /** "`herald ingest` (pid 4242)". */
    String holder() {
        return "`herald " + command + "` (pid " + pid + ")";
    }
}
