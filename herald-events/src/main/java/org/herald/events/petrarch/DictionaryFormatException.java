package org.herald.events.petrarch;

import java.nio.file.Path;

/** A dictionary line the readers cannot make sense of; the message starts with {@code file:line}. */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(Path file, int line, String problem, String text) {
        super(file + ":" + line + ": " + problem + ": \"" + text.strip() + "\"");
    }
}
