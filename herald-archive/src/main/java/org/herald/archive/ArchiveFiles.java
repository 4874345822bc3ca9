package org.herald.archive;

import java.nio.file.Path;
import java.util.Locale;

/** Which file names are web archives: {@code .warc}, {@code .warc.gz} and {@code .arc.gz}. */
public final class ArchiveFiles {
    private ArchiveFiles() {}

    /** True when the name says the file is a WARC or a compressed ARC archive. */
    public static boolean isArchive(Path path) {
        Path name = path.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(Locale.ROOT);
        // An uncompressed .arc is left out: after a broken record there is no mark to find the next one by.
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc.gz");
    }
}
