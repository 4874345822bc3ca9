package org.herald.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Finds where the next record may start after a broken one: the next gzip member header ({@code 1f 8b 08}) in a
 * compressed archive, the next {@code WARC/1.} in a plain one. A candidate is only a guess
 * (those bytes can occur inside a record); the reader tries it and asks again after it when it does not parse.
 */
final class RecordStarts {
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private RecordStarts() {}

    /** The first candidate start at or after {@code from}; empty when the file has none. */
    static OptionalLong next(FileChannel file, long from, boolean gzip) throws IOException {
        byte[] mark = gzip ? GZIP_MEMBER : WARC_LINE;
        // Not "\nWARC/": the record before a start may be cut short anywhere, so no newline need precede it.
        long position = from;
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long size = file.size();
        while (position < size) {
            buffer.clear();
            int n = file.read(buffer, position);
            if (n <= 0) break;
            byte[] bytes = buffer.array();
            for (int i = 0; i + mark.length <= n; i++) {
                if (matches(bytes, i, mark)) {
                    return OptionalLong.of(position + i);
                }
            }
            if (n < mark.length) break;
            // overlap by the mark's length less one, so a mark across two chunks is still found
            position += n - (mark.length - 1);
        }
        return OptionalLong.empty();
    }

    private static boolean matches(byte[] bytes, int at, byte[] mark) {
        for (int j = 0; j < mark.length; j++) {
            if (bytes[at + j] != mark[j]) return false;
        }
        return true;
    }
}
