package org.herald.extract.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes page bytes to text. Order of evidence: a byte-order mark; then whether the bytes are valid UTF-8 with
 * some multi-byte sequences (a page declared ISO-8859-1 that is really UTF-8 is common, the reverse almost never
 * validates by chance); then the charset declared in a {@code <meta>} tag or XML prolog; then windows-1252,
 * which browsers use for undeclared Western pages.
 */
public final class TextDecoder {
    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it later, so look further. */
    private static final int PRESCAN_BYTES = 8192;
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([a-z0-9_:.\\-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the charset it was read with. */
    public record Decoded(String text, Charset charset) {}

    public Decoded decode(byte[] bytes) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom.get()), bom.get());
        }
        Optional<String> utf8 = strictUtf8(bytes);
        Optional<Charset> declared = declaredCharset(bytes);
        if (utf8.isPresent() && (hasMultiByte(bytes) || declared.isEmpty())) {
            return new Decoded(utf8.get(), StandardCharsets.UTF_8);
        }
        Charset charset = declared.filter(c -> !c.equals(StandardCharsets.UTF_8)).orElse(WINDOWS_1252);
        // ISO-8859-1 declarations mean windows-1252 in practice (curly quotes in 0x80-0x9F).
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            charset = WINDOWS_1252;
        }
        return new Decoded(new String(bytes, charset), charset);
    }

    static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            // The declaration was just read as ASCII bytes, so a charset that does not encode ASCII as ASCII
            // (UTF-16, UTF-32, EBCDIC) cannot be the page's: decoding with it would turn the text into garbage.
            return Optional.of(Charset.forName(name)).filter(TextDecoder::isAsciiCompatible);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean isAsciiCompatible(Charset charset) {
        String probe = "<meta charset=\"utf-8\"> The Quick Brown Fox 0123456789";
        return new String(probe.getBytes(StandardCharsets.US_ASCII), charset).equals(probe);
    }

    private static Optional<String> strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
