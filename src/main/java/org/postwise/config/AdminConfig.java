package org.postwise.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Running the knowledge base live.
 *
 * @param questionRetention how long question texts are kept for usage statistics
 * @param watch             reload automatically when files under {@code knowledge/}, {@code seeds/} or
 *                          {@code prompts/} change
 * @param watchDebounce     how long the files must stay quiet before a watched change is reloaded
 */
public record AdminConfig(Duration questionRetention, boolean watch, Duration watchDebounce) {

    public static final AdminConfig DEFAULTS = new AdminConfig(Duration.ofDays(90), false, Duration.ofSeconds(2));

    public AdminConfig {
        Objects.requireNonNull(questionRetention, "questionRetention");
        Objects.requireNonNull(watchDebounce, "watchDebounce");
        if (questionRetention.isNegative() || questionRetention.isZero()) {
            throw new IllegalArgumentException("question retention must be positive but was " + questionRetention);
        }
        if (watchDebounce.isNegative()) {
            throw new IllegalArgumentException("watch debounce must not be negative but was " + watchDebounce);
        }
    }
}
