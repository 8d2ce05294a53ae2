package org.postwise.answer.safety;

/**
 * Produces a copy of a question with every identifier it can find replaced by a neutral placeholder
 * ("[name]", "[date]", "[phone]"), so that a flagged question can still be answered: the masked text goes to
 * retrieval and composition while the original is never echoed, cached, stored or logged.
 *
 * <p>Masking works in-process and keeps nothing; the masked text holds none of the identifier values found,
 * but it is still user text and must not be logged at INFO or above.
 */
public interface QuestionMasker {

    /**
     * Masks {@code question}; never {@code null}.
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    MaskedQuestion mask(String question);
}
