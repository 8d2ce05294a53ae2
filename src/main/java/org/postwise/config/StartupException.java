package org.postwise.config;

/** Postwise cannot start; the message tells the admin what to fix. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }
}
