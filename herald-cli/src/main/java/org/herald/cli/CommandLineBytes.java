package org.herald.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line as the shell passed it. The JVM decodes each argument with the locale's character set
 * ({@code sun.jnu.encoding}) before {@code main} sees it, so the bytes of a name that is no UTF-8 are gone:
 * {@code ./herald extract $'caf\xE9.html'} arrives as {@code caf\uFFFD.html}, a file that does not exist (#11).
 * Linux keeps the bytes in {@code /proc/self/cmdline}, NUL-separated, the program's own arguments last; such an
 * argument is replaced by its name with each byte that is no UTF-8 written {@code \xNN} ({@link FileNames#escaped}),
 * the form {@code source} shows, which {@link FileNames#path} turns back into the file's own bytes.
 */
final class CommandLineBytes {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private CommandLineBytes() {}

    /** {@code args} with every argument the JVM mangled written from its own bytes; {@code args} itself elsewhere. */
    static List<String> restored(String[] args) {
        if (Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) return List.of(args);
        try {
            return restored(args, Files.readAllBytes(CMDLINE), Charset.forName(System.getProperty(
                    "sun.jnu.encoding", Charset.defaultCharset().name())));
        } catch (IOException | RuntimeException noCmdline) {
            // Not Linux, or /proc not mounted: Java's decoding, U+FFFD and all, as before.
            return List.of(args);
        }
    }

    /**
     * @param cmdline the process's NUL-separated arguments: the JVM's own first, then the program's
     * @param decoder the character set the JVM decoded the arguments with
     */
    static List<String> restored(String[] args, byte[] cmdline, Charset decoder) {
        List<byte[]> all = split(cmdline);
        if (all.size() < args.length) return List.of(args);
        List<byte[]> mine = all.subList(all.size() - args.length, all.size());
        List<String> restored = new ArrayList<>(args.length);
        for (int i = 0; i < args.length; i++) {
            byte[] raw = mine.get(i);
            // Only an argument these bytes decode to is replaced: a command line that is not the one main got
            // (a launcher that rewrote it) changes nothing.
            boolean same = new String(raw, decoder).equals(args[i]);
            restored.add(same && args[i].indexOf('\uFFFD') >= 0 ? FileNames.escaped(raw) : args[i]);
        }
        return List.copyOf(restored);
    }

    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                parts.add(Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) parts.add(Arrays.copyOfRange(cmdline, start, cmdline.length));
        return parts;
    }
}
