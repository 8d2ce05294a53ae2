package org.postwise.tips;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persisted record of every slot: which tip went where, when, with which message, and what went wrong. It is
 * what makes the weekly tip safe across restarts, crashes and several processes: at most one row per slot (a
 * unique key, so two racing inserts cannot both win) and compare-and-set updates.
 */
public interface TipLedger {

    /**
     * Records that {@code channelId} is scheduled from {@code since} on, unless it already was (the earlier date
     * stays). Slots due before that are not the schedule's business.
     */
    void startChannel(String channelId, Instant since);

    /** When {@code channelId} was first scheduled, if it ever was. */
    Optional<Instant> channelSince(String channelId);

    /** Stores a new row; false when the slot already has one (another instance, or an earlier run, got there). */
    boolean insert(SlotRecord row);

    /**
     * Replaces {@code expected} by {@code next} if the stored row still has {@code expected}'s version; false when
     * someone changed it meanwhile. {@code next} must carry {@code expected.version() + 1}.
     */
    boolean replace(SlotRecord expected, SlotRecord next);

    Optional<SlotRecord> find(Slot slot);

    /** The rows of {@code channelId}, oldest due first. */
    List<SlotRecord> channel(String channelId);

    /** The {@code limit} rows due most recently, across channels, newest first. */
    List<SlotRecord> recent(int limit);
}
