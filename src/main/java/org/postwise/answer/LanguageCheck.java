package org.postwise.answer;

import java.util.Optional;

/**
 * Tells questions Postwise can answer in English from ones written in another language, which get a short
 * reply saying so instead of unrelated passages. Implementations are thread-safe and fast.
 */
public interface LanguageCheck {

    /**
     * What {@link #otherLanguage} gives for a question that is clearly not English when the language itself cannot be
     * told (related languages share their function words).
     */
    String UNNAMED = "a language other than English";

    /**
     * The English name of the language {@code question} is written in when that is clearly not English, or
     * {@link #UNNAMED}.
     */
    Optional<String> otherLanguage(String question);

    /** A check that takes every question for English. */
    LanguageCheck NONE = question -> Optional.empty();
}
