package org.postwise.feedback;

/** A user's verdict on one answer. */
public enum Vote {
    HELPFUL,
    NOT_HELPFUL
}
