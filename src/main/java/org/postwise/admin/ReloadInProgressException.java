package org.postwise.admin;

/** A reload was asked for while another one was running; reloads never interleave. */
public final class ReloadInProgressException extends RuntimeException {

    public ReloadInProgressException(String message) {
        super(message);
    }
}
