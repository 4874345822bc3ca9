package org.herald.extract.charset;

import java.util.Optional;

/** Recognises bytes that are not text at all, so they fail as {@code NOT_TEXT} instead of yielding garbage. */
public final class BinarySniffer {
    private static final int SAMPLE = 4096;

    /** Why the bytes are not text, or empty when they look like text. */
    public Optional<String> whyNotText(byte[] bytes) {
        if (startsWith(bytes, "%PDF")) return Optional.of("PDF document");
        if (startsWith(bytes, "\u0089PNG")) return Optional.of("PNG image");
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return Optional.of("JPEG image");
        }
        if (startsWith(bytes, "GIF8")) return Optional.of("GIF image");
        if (startsWith(bytes, "PK\u0003\u0004")) return Optional.of("ZIP archive");
        if (bytes.length > 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return Optional.of("gzip data (not decompressed)");
        }
        if (TextDecoder.byteOrderMark(bytes).isPresent()) {
            return Optional.empty();
        }
        int n = Math.min(bytes.length, SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("NUL bytes in the first " + SAMPLE + " bytes");
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        // Real pages have almost no C0 control characters; 10% means an image, font or compressed stream.
        if (n > 0 && control * 10 > n) {
            return Optional.of(control + " control bytes in the first " + n);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) {
            if ((bytes[i] & 0xFF) != magic.charAt(i)) return false;
        }
        return true;
    }
}
