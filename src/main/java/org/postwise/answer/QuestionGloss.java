package org.postwise.answer;

import java.util.Objects;
import java.util.Optional;

/**
 * Reads a question written in another language as English words, so that the English material can still be
 * searched for it. A gloss is a reading, not a translation: word by word, from a glossary of the words staff use
 * about social media at work. Implementations are thread-safe and fast.
 */
public interface QuestionGloss {

    /**
     * How {@code question} reads in English, or empty when too few of its words are known to read it. A word the
     * glossary does not know is left out, never passed through: names, places and other details of the question
     * do not reach the reading.
     */
    Optional<Reading> gloss(String question);

    /**
     * A question's reading.
     *
     * @param language the English name of the language it was read from ("Spanish")
     * @param english  the English words it was read as, in the question's order
     */
    record Reading(String language, String english) {
        public Reading {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(english, "english");
        }
    }

    /** A gloss that reads nothing, so every question in another language gets the short reply. */
    QuestionGloss NONE = question -> Optional.empty();
}
