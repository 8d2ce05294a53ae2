package org.postwise.answer.generation;

import java.util.Objects;

/**
 * What is sent to the language model for one call: exactly these two texts, nothing else.
 *
 * @param system the system instructions (a template from {@code prompts/})
 * @param user   the user message: the question, or a conversation, and for answers the numbered passages
 */
public record Prompt(String system, String user) {

    public Prompt {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(user, "user");
    }

    /** Characters sent, for the logs (never the text itself). */
    public int length() {
        return system.length() + user.length();
    }
}
