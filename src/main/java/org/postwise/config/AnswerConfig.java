package org.postwise.config;

import java.util.Objects;

/**
 * How answers are composed and bounded.
 *
 * @param helpContact      who staff should contact, shown under "Where to ask for help"
 * @param disclaimer       one line under every answer
 * @param maxQuestionChars longer questions get a polite limit instead of an answer
 * @param maxSources       passages returned with an answer (the batch output's {@code sources})
 * @param maxSentences     sentences quoted under "What the material says"
 * @param maxGuidance      bullets under "What to do"
 * @param answerCacheSize  answers kept in the cache; 0 turns caching off
 */
public record AnswerConfig(String helpContact, String disclaimer, int maxQuestionChars, int maxSources,
                           int maxSentences, int maxGuidance, long answerCacheSize) {

    public static final String DEFAULT_HELP = "your institution's communications team or privacy office";
    public static final String DEFAULT_DISCLAIMER =
            "Postwise gives general guidance from the material it indexes. It is not legal or clinical advice, "
                    + "and your institution's own policy comes first.";

    public static AnswerConfig defaults() {
        return new AnswerConfig(DEFAULT_HELP, DEFAULT_DISCLAIMER, 1000, 5, 3, 5, 10_000);
    }

    public AnswerConfig {
        Objects.requireNonNull(helpContact, "helpContact");
        Objects.requireNonNull(disclaimer, "disclaimer");
        if (helpContact.isBlank()) {
            throw new IllegalArgumentException("helpContact must not be blank");
        }
        requireAtLeast("maxQuestionChars", maxQuestionChars, 20);
        requireAtLeast("maxSources", maxSources, 1);
        requireAtLeast("maxSentences", maxSentences, 1);
        requireAtLeast("maxGuidance", maxGuidance, 1);
        if (answerCacheSize < 0) {
            throw new IllegalArgumentException("answerCacheSize must be >= 0 but was " + answerCacheSize);
        }
    }

    private static void requireAtLeast(String name, long value, long min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be >= " + min + " but was " + value);
        }
    }
}
