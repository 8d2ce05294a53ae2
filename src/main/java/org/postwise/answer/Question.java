package org.postwise.answer;

import java.util.List;
import java.util.Objects;

/**
 * A question and, for follow-ups in a conversation (a Discord thread), the earlier questions of that
 * conversation, oldest first.
 */
public record Question(String text, List<String> earlier) {

    public Question {
        Objects.requireNonNull(text, "text");
        earlier = List.copyOf(earlier);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
