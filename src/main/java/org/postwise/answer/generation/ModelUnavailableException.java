package org.postwise.answer.generation;

import java.util.Objects;

/**
 * The language model gave no complete answer in time: the caller answers without it. The message names what
 * happened in fixed words (never the prompt or the model's output), so it may be logged.
 */
public final class ModelUnavailableException extends Exception {

    /** What went wrong. */
    public enum Reason {
        /** No words arrived within the first-token timeout. */
        NO_FIRST_TOKEN,
        /** The answer did not finish within the overall timeout. */
        TIMEOUT,
        /** The endpoint said too many requests (HTTP 429). */
        RATE_LIMITED,
        /** The endpoint failed (an HTTP error, a refused or dropped connection). */
        FAILED,
        /** The endpoint's reply could not be read. */
        MALFORMED,
        /** The model kept failing, so it is not being called for a while. */
        CIRCUIT_OPEN
    }

    private final Reason reason;

    public ModelUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ModelUnavailableException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Whether another attempt soon may succeed: after a refusal or a failure, yes; not after a timeout (the time is
     * spent), a malformed reply (it would come again) or an open circuit.
     */
    boolean retryable() {
        return reason == Reason.RATE_LIMITED || reason == Reason.FAILED;
    }
}
