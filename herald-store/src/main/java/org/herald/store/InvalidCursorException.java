package org.herald.store;

/**
 * A {@link Paging#cursor()} the store cannot continue from: not one it wrote, damaged, or written for another
 * search (a cursor of a text search given to a search without text, an event cursor given to quotes).
 */
public final class InvalidCursorException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCursorException(String message) {
        super(message);
    }
}
