package org.postwise.storage;

/** The database cannot be reached or refused an operation; the message says which and why. */
public final class StorageException extends RuntimeException {

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
