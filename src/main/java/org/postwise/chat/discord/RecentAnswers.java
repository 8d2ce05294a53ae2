package org.postwise.chat.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.postwise.answer.Answer;
import org.postwise.answer.safety.QuestionGuard;

/**
 * Answers recently posted, by answer id, so the buttons under them (which carry only the id) can show the
 * passages and record feedback with the question. Bounded in size and time. The question is kept only when the
 * answer raised no flag; a {@code phi} answer is not kept at all.
 */
public final class RecentAnswers {

    /**
     * A posted answer.
     *
     * @param answer   the answer
     * @param question the question, or {@code null} when the answer was flagged
     */
    public record Entry(Answer answer, String question) {

        public Entry {
            Objects.requireNonNull(answer, "answer");
        }
    }

    private final Cache<String, Entry> answers;

    public RecentAnswers(long maxAnswers, Duration keepFor, Ticker ticker) {
        if (maxAnswers < 1) {
            throw new IllegalArgumentException("maxAnswers must be at least 1 but was " + maxAnswers);
        }
        Objects.requireNonNull(keepFor, "keepFor");
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("keepFor must be positive but was " + keepFor);
        }
        this.answers = Caffeine.newBuilder()
                .ticker(Objects.requireNonNull(ticker, "ticker"))
                .executor(Runnable::run)
                .maximumSize(maxAnswers)
                .expireAfterWrite(keepFor)
                .build();
    }

    /** Keeps {@code answer}, with {@code question} only when the answer raised no flag. */
    public void put(Answer answer, String question) {
        Objects.requireNonNull(answer, "answer");
        if (answer.flags().contains(QuestionGuard.PHI)) {
            return;
        }
        answers.put(answer.id(), new Entry(answer, answer.flags().isEmpty() ? question : null));
    }

    /** The answer posted under {@code answerId}, while it is remembered. */
    public Optional<Entry> get(String answerId) {
        return Optional.ofNullable(answers.getIfPresent(Objects.requireNonNull(answerId, "answerId")));
    }
}
