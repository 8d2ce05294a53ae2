package org.postwise.tips;

/** Where a slot stands in the ledger. */
public enum SlotState {
    /** An instance has taken the slot and is posting it (or died while posting it: see the lease). */
    CLAIMED,
    /** The tip is out; the ledger has its message id. */
    POSTED,
    /** Postwise was not running when the slot was due and the grace period passed; nothing was posted. */
    MISSED,
    /** The communications team skipped it. */
    SKIPPED,
    /** Posting failed; the note says why. Retried while the grace period lasts. */
    FAILED;

    /** The slot's column value. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SlotState of(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
