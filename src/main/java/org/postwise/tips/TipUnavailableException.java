package org.postwise.tips;

/** A tip that cannot be posted (its card is gone, or its source is unusable); the message says which and why. */
public final class TipUnavailableException extends RuntimeException {

    public TipUnavailableException(String message) {
        super(message);
    }
}
