package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** #11 item 8: a file name that is no UTF-8 came out in {@code source} with U+FFFD for its bytes. */
class FileNamesTest {
    @Test
    void bytesThatAreNoUtf8AreWrittenAsEscapes() {
        byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9, '.', 'h', 't', 'm', 'l'};
        assertEquals("caf\\xE9.html", FileNames.escaped(latin1));
        assertEquals("été.html", FileNames.escaped("été.html".getBytes(StandardCharsets.UTF_8)));
        byte[] mixed = {(byte) 0xC3, (byte) 0xA9, (byte) 0xFF, (byte) 0xFE, 'x'};
        assertEquals("é\\xFF\\xFEx", FileNames.escaped(mixed));
    }

    @Test
    void aFoundFileWhoseNameIsLatin1KeepsItsBytesInSource(@TempDir Path dir) throws Exception {
        // Java cannot create a name that is no UTF-8 from a String: the shell writes it, as a user's files come.
        Process p = new ProcessBuilder("sh", "-c", "printf '<p>x</p>' > \"$(printf 'caf\\351.html')\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        List<Input> found = new InputFinder().find(List.of(dir.toString()));
        assertEquals(1, found.size());
        assertEquals(dir + "/caf\\xE9.html", found.get(0).source());
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.allMatch(Files::isReadable), "the file itself is still read by its path");
        }
    }

    @Test
    void theEscapedFormOfANameNamesItsBytesAndNothingElse(@TempDir Path dir) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", "printf latin1 > \"$(printf 'caf\\351.html')\"")
                .directory(dir.toFile()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Path named = FileNames.path(dir + "//caf\\xE9.html/");
        assertEquals("latin1", Files.readString(named), "the operand in source's form opens the file");
        assertEquals(dir + "/caf\\xE9.html", FileNames.source(named));

        Files.writeString(dir.resolve("caf\\x41.html"), "literal");
        assertEquals("literal", Files.readString(FileNames.path(dir + "/caf\\x41.html")),
                "\\x41 is no escape of ours (A is UTF-8): the name is literal");
        assertTrue(FileNames.unescaped("caf\\xe9.html").isEmpty(), "only the upper-case form we write");
    }

    @Test
    void aUtf8NameIsJavasOwn(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("été.html"), "<p>x</p>");
        assertEquals(file.toString(), FileNames.source(file));
    }
}
