package org.postwise.feedback;

import java.util.List;
import java.util.Optional;

/**
 * Keeps votes on answers, one per user per answer: a second vote by the same user on the same answer
 * <em>replaces</em> the first (people change their minds), it never adds a second row. Implementations are
 * thread-safe.
 */
public interface FeedbackStore extends AutoCloseable {

    /** What {@link #record(Feedback)} did. */
    enum Outcome {
        /** The user's first vote on this answer. */
        RECORDED,
        /** The user had voted the other way; the new vote replaced it. */
        CHANGED,
        /** The user had already cast the same vote; its time was refreshed. */
        UNCHANGED
    }

    /** Records {@code feedback}, replacing the user's earlier vote on the same answer. */
    Outcome record(Feedback feedback);

    /** The vote {@code userId} cast on {@code answerId}, if any. */
    Optional<Feedback> find(String answerId, String userId);

    /** All votes on {@code answerId}, oldest first. */
    List<Feedback> forAnswer(String answerId);

    /** Releases the store's resources. */
    @Override
    void close();
}
