package org.herald.cli;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A found file's name as a document's {@code source}. A name is bytes; Java decodes it as UTF-8 and turns bytes
 * that are no UTF-8 into U+FFFD, so {@code caf\xE9.html} (Latin-1) and {@code caf\xE8.html} would both be
 * {@code caf�.html}, neither saying which file it was (#11). Such a name is written with each byte that is no
 * UTF-8 as {@code \xNN}, read from the path's own bytes.
 *
 * <p>The same form typed on the command line names the file again ({@link #path}): {@link CommandLineBytes} writes
 * an argument the JVM could not decode that way, so {@code ./herald extract $'caf\xE9.html'} opens the file.
 *
 * <p>Java offers no public way to a path's bytes, nor to a path made of bytes; the JDK's Unix path keeps them,
 * and {@code ./herald} opens its package to us ({@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED}). Elsewhere
 * the name is Java's decoding.
 */
final class FileNames {
    private static final Optional<Method> BYTES = bytesMethod();
    private static final Optional<Constructor<?>> FROM_BYTES = fromBytesConstructor();

    private FileNames() {}

    static String source(Path path) {
        String decoded = path.toString();
        if (decoded.indexOf('\uFFFD') < 0) return decoded;
        return rawBytes(path).map(FileNames::escaped).orElse(decoded);
    }

    /**
     * The file an operand names. An operand in the escaped form of a name that is no UTF-8 ({@code caf\xE9.html},
     * as {@link #escaped} writes it) is that name's bytes, unless a file is literally called so; any other operand
     * is {@link Path#of}.
     */
    static Path path(String operand) {
        Path literal = Path.of(operand);
        Optional<byte[]> bytes = unescaped(operand);
        if (bytes.isEmpty() || Files.exists(literal, LinkOption.NOFOLLOW_LINKS)) return literal;
        return bytes.flatMap(FileNames::pathOf).orElse(literal);
    }

    /** The bytes {@code text} is the {@link #escaped} form of, when it holds at least one {@code \xNN} of it. */
    static Optional<byte[]> unescaped(String text) {
        if (!text.contains("\\x")) return Optional.empty();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int plain = 0;
        for (int i = 0; i + 4 <= text.length(); i++) {
            if (text.startsWith("\\x", i) && isUpperHex(text.charAt(i + 2)) && isUpperHex(text.charAt(i + 3))) {
                bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
                bytes.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                plain = i + 4;
                i += 3;
            }
        }
        bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
        byte[] name = bytes.toByteArray();
        // "\x41" is no escape we write (A is UTF-8): only the exact form of a name's bytes counts.
        return plain > 0 && escaped(name).equals(text) ? Optional.of(name) : Optional.empty();
    }

    private static boolean isUpperHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F');
    }

    /** A path of exactly these bytes, with the slashes {@link Path#of} would drop dropped. */
    private static Optional<Path> pathOf(byte[] name) {
        Path root = Path.of("/");
        if (FROM_BYTES.isEmpty() || !FROM_BYTES.get().getParameterTypes()[0].isInstance(root.getFileSystem())) {
            return Optional.empty();
        }
        ByteArrayOutputStream normal = new ByteArrayOutputStream(name.length);
        for (int i = 0; i < name.length; i++) {
            boolean redundantSlash = name[i] == '/' && (i + 1 == name.length ? i > 0 : name[i + 1] == '/');
            if (!redundantSlash) normal.write(name[i]);
        }
        try {
            return Optional.of((Path) FROM_BYTES.get().newInstance(root.getFileSystem(), normal.toByteArray()));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** UTF-8 where the bytes are UTF-8, {@code \xNN} for each byte that is not. */
    static String escaped(byte[] name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(name);
        CharBuffer out = CharBuffer.allocate(name.length);
        StringBuilder text = new StringBuilder();
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            text.append(out.flip());
            out.clear();
            if (r.isUnderflow()) break;
            if (r.isError()) {
                for (int i = 0; i < r.length(); i++) {
                    text.append(String.format(Locale.ROOT, "\\x%02X", in.get() & 0xff));
                }
            }
        }
        utf8.flush(out);
        return text.append(out.flip()).toString();
    }

    private static Optional<byte[]> rawBytes(Path path) {
        if (BYTES.isEmpty() || !BYTES.get().getDeclaringClass().isInstance(path)) return Optional.empty();
        try {
            return Optional.of((byte[]) BYTES.get().invoke(path));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    private static Optional<Constructor<?>> fromBytesConstructor() {
        try {
            Class<?> unixPath = Class.forName("sun.nio.fs.UnixPath");
            Constructor<?> c = unixPath.getDeclaredConstructor(Class.forName("sun.nio.fs.UnixFileSystem"),
                    byte[].class);
            c.setAccessible(true);
            return Optional.of(c);
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            // as for bytesMethod: the operand is Java's own path
            return Optional.empty();
        }
    }

    private static Optional<Method> bytesMethod() {
        try {
            Method m = Class.forName("sun.nio.fs.UnixPath").getDeclaredMethod("asByteArray");
            m.setAccessible(true);
            return Optional.of(m);
        } catch (ReflectiveOperationException | RuntimeException notOpened) {
            // Not a Unix JDK, or run without the --add-opens: Java's decoding, U+FFFD and all.
            return Optional.empty();
        }
    }
}
