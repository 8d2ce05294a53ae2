package org.postwise.feedback;

/** The feedback store failed; the message names the operation, never a user's text. */
public final class FeedbackStoreException extends RuntimeException {

    public FeedbackStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
