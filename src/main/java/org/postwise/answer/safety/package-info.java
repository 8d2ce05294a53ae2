/**
 * The first gate of the answer pipeline: guards that inspect a question before anything else sees it.
 * {@link org.postwise.answer.safety.PatientIdentifierGuard} flags patient identifiers (HIPAA Safe Harbor),
 * {@link org.postwise.answer.safety.PromptInjectionGuard} flags attempts to reveal or override Postwise's
 * instructions, and {@link org.postwise.answer.safety.CompositeQuestionGuard} runs several guards and merges
 * their verdicts. Guards never log, store or return question text: a
 * {@link org.postwise.answer.safety.GuardVerdict} names only flags and fixed kind labels.
 */
package org.postwise.answer.safety;
