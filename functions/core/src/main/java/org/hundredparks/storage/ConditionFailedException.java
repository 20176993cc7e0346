package org.hundredparks.storage;

/** A conditional write found the item not as expected: it exists already, or another write won. */
public class ConditionFailedException extends RuntimeException {

    public ConditionFailedException(String message) {
        super(message);
    }
}
