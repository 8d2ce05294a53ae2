package org.postwise.answer.safety;

/**
 * Inspects a question before anything else sees it. A guard never keeps, logs or returns the question text:
 * its verdict names only flags and the kinds of thing found.
 */
public interface QuestionGuard {

    /** Flag for likely patient identifiers (protected health information). */
    String PHI = "phi";
    /** Flag for attempts to reveal instructions or templates, or to override the rules. */
    String INJECTION = "injection";

    /** Inspects {@code question}; never {@code null}. */
    GuardVerdict inspect(String question);
}
