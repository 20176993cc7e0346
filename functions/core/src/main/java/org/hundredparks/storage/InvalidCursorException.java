package org.hundredparks.storage;

/** A paging cursor that this platform did not hand out (or that someone edited). */
public class InvalidCursorException extends RuntimeException {

    public InvalidCursorException(String message) {
        super(message);
    }
}
