package org.postwise.cli;

/** The command line is wrong; the message says how to call the command instead. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
