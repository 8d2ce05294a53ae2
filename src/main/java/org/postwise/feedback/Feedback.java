package org.postwise.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One user's vote on one answer.
 *
 * @param answerId the answer's id
 * @param userId   who voted (a transport's user id, e.g. a Discord snowflake)
 * @param vote     the verdict
 * @param at       when the vote was cast
 * @param question the question that was answered, or {@code null} when it may not be kept (flagged, or no
 *                 longer known)
 */
public record Feedback(String answerId, String userId, Vote vote, Instant at, String question) {

    /** Longest question text kept; longer ones are cut. */
    public static final int MAX_QUESTION_CHARS = 4000;

    public Feedback {
        requireId("answerId", answerId, 64);
        requireId("userId", userId, 64);
        Objects.requireNonNull(vote, "vote");
        Objects.requireNonNull(at, "at");
        if (question != null && question.length() > MAX_QUESTION_CHARS) {
            question = question.substring(0, MAX_QUESTION_CHARS);
        }
    }

    /**
     * A vote on an answer that raised {@code answerFlags}: the question is kept only when there were none, so
     * a question flagged {@code phi} (or any other flag) is never stored.
     */
    public static Feedback of(String answerId, String userId, Vote vote, Instant at, String question,
                              Set<String> answerFlags) {
        Objects.requireNonNull(answerFlags, "answerFlags");
        return new Feedback(answerId, userId, vote, at, answerFlags.isEmpty() ? question : null);
    }

    private static void requireId(String name, String value, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters but was "
                    + value.length());
        }
    }
}
