package org.postwise.admin;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.postwise.answer.Answer;

/**
 * One question on its way to the usage log: when it was asked, how it went, and its text only when the answer
 * raised no flag. The text is as asked; the log redacts it before anything is written.
 *
 * @param at       when it was asked
 * @param question the question as asked, absent when the answer raised any flag
 * @param outcome  how it went
 */
public record AskedQuestion(Instant at, Optional<String> question, Outcome outcome) {

    /** How a question went, as {@code /stats} counts it. */
    public enum Outcome {
        ANSWERED, ABSTAINED, FLAGGED;

        /** The column value. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public AskedQuestion {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** {@code question} answered by {@code answer} at {@code at}; a flagged question keeps no text. */
    public static AskedQuestion of(Instant at, String question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        if (!answer.flags().isEmpty()) {
            // a flagged question may hold patient details: its text is never kept
            return new AskedQuestion(at, Optional.empty(), Outcome.FLAGGED);
        }
        return new AskedQuestion(at, Optional.of(question), answer.answered() ? Outcome.ANSWERED : Outcome.ABSTAINED);
    }
}
