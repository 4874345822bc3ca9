package org.herald.model;

/** Why a document produced no result. Stable names: they appear in JSON output as {@code error.kind}. */
public enum Reason {
    /** Nothing to read: zero bytes or only white space. */
    EMPTY,
    /** The bytes are not text (binary file, image, archive). */
    NOT_TEXT,
    /** Larger than the configured limit. */
    TOO_LARGE,
    /** Text was read but no article body could be found in it. */
    NO_MAIN_TEXT,
    /** The input could not be read (missing file, permission, broken compression). */
    UNREADABLE,
    /** A stage threw; the detail names the stage and the exception. */
    STAGE_FAILED,
    /** An input record that is not what the format promises (a JSON Lines line that is not a valid request). */
    MALFORMED,
    /** The document took longer than its time budget; it was abandoned and the batch went on. */
    TIMEOUT;

    /** The lower-case name used in JSON output. */
    public String kind() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
