package org.postwise.tips;

/** Posting a tip failed, or its outcome is unknown; the message says why for the ledger and the team. */
public final class TipPublishException extends RuntimeException {

    public TipPublishException(String message) {
        super(message);
    }

    public TipPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
