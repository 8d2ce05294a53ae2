package org.postwise.answer;

import java.util.List;
import java.util.Objects;

/**
 * A question and, for follow-ups in a conversation (a Discord thread or direct messages, the console chat, or a batch
 * or eval line with {@code earlier}), the earlier questions of that conversation, oldest first.
 */
public record Question(String text, List<String> earlier) {

    /** How many earlier questions a conversation brings to an answer: the newest this many. */
    public static final int EARLIER_KEPT = 6;

    public Question {
        Objects.requireNonNull(text, "text");
        earlier = List.copyOf(earlier);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }

    /**
     * The earlier questions an answer may read: the newest {@value #EARLIER_KEPT}, leaving out any longer than
     * {@code maxChars} code points, which no transport keeps and the guards are not built to read at length.
     */
    public List<String> recentEarlier(int maxChars) {
        List<String> fitting = earlier.stream().filter(e -> e.codePointCount(0, e.length()) <= maxChars).toList();
        return fitting.subList(Math.max(0, fitting.size() - EARLIER_KEPT), fitting.size());
    }
}
