package org.herald.cli;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A found file's name as a document's {@code source}. A name is bytes; Java decodes it as UTF-8 and turns bytes
 * that are no UTF-8 into U+FFFD, so {@code caf\xE9.html} (Latin-1) and {@code caf\xE8.html} would both be
 * {@code caf�.html}, neither saying which file it was (#11). Such a name is written with each byte that is no
 * UTF-8 as {@code \xNN}, read from the path's own bytes.
 *
 * <p>Java offers no public way to a path's bytes; the JDK's Unix path keeps them, and {@code ./herald} opens its
 * package to us ({@code --add-opens java.base/sun.nio.fs=ALL-UNNAMED}). Elsewhere the name is Java's decoding.
 */
final class FileNames {
    private static final Optional<Method> BYTES = bytesMethod();

    private FileNames() {}

    static String source(Path path) {
        String decoded = path.toString();
        if (decoded.indexOf('\uFFFD') < 0) return decoded;
        return rawBytes(path).map(FileNames::escaped).orElse(decoded);
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
