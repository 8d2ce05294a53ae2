package org.postwise.tips;

import java.util.Objects;

/**
 * What one run did to one slot, for the log and the team.
 *
 * @param row    the slot's ledger row afterwards
 * @param result what happened
 */
public record SlotOutcome(SlotRecord row, Result result) {

    /** What happened to the slot. */
    public enum Result {
        /** Posted on time. */
        POSTED,
        /** Posted after its due time, within the grace period. */
        POSTED_LATE,
        /** An earlier post that was never confirmed was found or re-sent under the same nonce and is now recorded. */
        RECOVERED,
        /** Recorded as missed: the grace period had passed. */
        MISSED,
        /** Recorded as skipped by the team. */
        SKIPPED,
        /** Nothing was posted; the row's note says why. */
        FAILED,
        /** Another instance holds the slot; this one did nothing. */
        TAKEN,
        /** The slot had already gone out (or was skipped or missed); nothing was done. */
        ALREADY_DONE
    }

    public SlotOutcome {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(result, "result");
    }
}
