package org.postwise.feedback;

import java.util.Objects;
import java.util.Optional;
import org.postwise.answer.Answer;

/**
 * Answers recently posted, by answer id, so the buttons under them (which carry only the id) can show the
 * passages and record feedback with the question. Kept for a limited time. An answer flagged {@code phi} is not
 * kept at all; for an answer with any other flag the question is not kept; any question kept is redacted first.
 * Implementations never throw from {@link #put}: a button that finds nothing says so. Thread-safe.
 */
public interface RecentAnswers {

    /**
     * A posted answer.
     *
     * @param answer   the answer
     * @param question the question as stored (redacted), absent when the answer was flagged
     */
    record Entry(Answer answer, Optional<String> question) {

        public Entry {
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(question, "question");
        }
    }

    /** Keeps {@code answer}, with {@code question} only when the answer raised no flag. */
    void put(Answer answer, String question);

    /** The answer posted under {@code answerId}, while it is kept. */
    Optional<Entry> get(String answerId);
}
