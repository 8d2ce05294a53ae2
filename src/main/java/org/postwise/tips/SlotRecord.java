package org.postwise.tips;

import java.time.Instant;
import java.util.Objects;

/**
 * A slot's row in the ledger.
 *
 * @param slot      week and channel
 * @param dueAt     when the schedule said it was due
 * @param state     where it stands
 * @param tipId     the tip chosen for it, or {@code null} (missed, skipped, or nothing could be posted)
 * @param nonce     the message nonce derived from the slot
 * @param messageId the posted message's id, or {@code null}
 * @param claimedBy the instance that last claimed it, or {@code null}
 * @param claimedAt when it was last claimed, or {@code null}
 * @param postedAt  when the post was confirmed, or {@code null}
 * @param updatedAt when the row last changed
 * @param attempts  how many times a post was attempted
 * @param note      what the team should know (why it failed, was late, was skipped, which tip was left out), or
 *                  {@code null}
 * @param version   bumped on every change; updates are compare-and-set on it
 */
public record SlotRecord(Slot slot, Instant dueAt, SlotState state, String tipId, String nonce, String messageId,
                         String claimedBy, Instant claimedAt, Instant postedAt, Instant updatedAt, int attempts,
                         String note, int version) {

    /** Notes longer than this are cut; the log has the rest. */
    public static final int MAX_NOTE = 1000;

    public SlotRecord {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be >= 0 but was " + attempts);
        }
        if (note != null && note.length() > MAX_NOTE) {
            note = note.substring(0, MAX_NOTE - 1) + "…";
        }
    }

    /** A new row in {@code state}, before it is stored. */
    public static SlotRecord fresh(Slot slot, Instant dueAt, SlotState state, String tipId, String claimedBy,
                                   Instant now, String note) {
        boolean claimed = state == SlotState.CLAIMED;
        // a claim is an attempt; so is a failure to find anything to post, so that one is not retried forever
        boolean attempt = claimed || state == SlotState.FAILED;
        return new SlotRecord(slot, dueAt, state, tipId, slot.nonce(), null, claimed ? claimedBy : null,
                claimed ? now : null, null, now, attempt ? 1 : 0, note, 0);
    }

    /** Claimed again by {@code by} at {@code now}, for {@code tip}: one more attempt. */
    public SlotRecord reclaimed(String tip, String by, Instant now, String newNote) {
        return new SlotRecord(slot, dueAt, SlotState.CLAIMED, tip, nonce, null, by, now, null, now, attempts + 1,
                newNote, version + 1);
    }

    /** Another attempt that found nothing to post: failed with {@code reason}, attempts counted. */
    public SlotRecord failedAttempt(String reason, Instant now) {
        return new SlotRecord(slot, dueAt, SlotState.FAILED, null, nonce, null, claimedBy, claimedAt, null, now,
                attempts + 1, reason, version + 1);
    }

    public SlotRecord posted(String message, Instant now) {
        return new SlotRecord(slot, dueAt, SlotState.POSTED, tipId, nonce, message, claimedBy, claimedAt, now, now,
                attempts, note, version + 1);
    }

    public SlotRecord failed(String reason, Instant now) {
        return new SlotRecord(slot, dueAt, SlotState.FAILED, tipId, nonce, null, claimedBy, claimedAt, null, now,
                attempts, reason, version + 1);
    }

    public SlotRecord skipped(String reason, Instant now) {
        return new SlotRecord(slot, dueAt, SlotState.SKIPPED, tipId, nonce, null, claimedBy, claimedAt, null, now,
                attempts, reason, version + 1);
    }

    /** True when the tip went out at least {@code tolerance} after it was due. */
    public boolean late(java.time.Duration tolerance) {
        return postedAt != null && postedAt.isAfter(dueAt.plus(tolerance));
    }
}
