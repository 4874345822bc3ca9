package org.herald.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An article's id: the SHA-256 of the input bytes, in lower-case hex. The same page fetched twice gets the same
 * id, so ingesting it again changes nothing; any changed byte (a corrected story) makes a new article.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this cannot happen.
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }
}
