package org.postwise.admin;

import java.time.Instant;
import java.util.List;
import org.postwise.answer.Answer;

/**
 * What was asked and how it went, for {@code /stats}: the knowledge base's gaps are the questions it could
 * not answer. Questions that raised any flag are counted but their text is never stored. Thread-safe.
 */
public interface UsageLog {

    /** Records one answered, abstained or refused question. */
    void record(String question, Answer answer);

    /** Totals since {@code since}, and the most frequent unanswered questions. */
    UsageStats stats(Instant since, int topGaps);

    /**
     * Deletes stored questions older than {@code cutoff}, and the question text kept with older votes; returns how
     * many questions.
     */
    int purgeBefore(Instant cutoff);

    /** Keeps nothing. */
    UsageLog NONE = new UsageLog() {
        @Override
        public void record(String question, Answer answer) {
        }

        @Override
        public UsageStats stats(Instant since, int topGaps) {
            return new UsageStats(since, 0, 0, 0, 0, 0, 0, List.of());
        }

        @Override
        public int purgeBefore(Instant cutoff) {
            return 0;
        }
    };
}
