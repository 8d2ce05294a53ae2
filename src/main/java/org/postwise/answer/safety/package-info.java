/**
 * The first gate of the answer pipeline: guards that inspect a question before anything else sees it.
 * {@link org.postwise.answer.safety.PatientIdentifierGuard} flags patient identifiers (HIPAA Safe Harbor, and
 * other countries' health and identity numbers; numbers written out in words or typed a character at a time are
 * read as figures, and a name typed in lower case after a patient word is told from ordinary words by
 * {@link org.postwise.answer.safety.EnglishWords}),
 * {@link org.postwise.answer.safety.PromptInjectionGuard} flags attempts to reveal or override Postwise's
 * instructions (in English and some twenty other languages, and disguised as base64, hex, rot13, leetspeak,
 * split, spaced, reversed or misspelt words),
 * {@link org.postwise.answer.safety.NearestExemplarGuard} flags an English question that means what a known
 * attack means in words no pattern has (its embedding is nearer to an attack exemplar than to any ordinary
 * message, see {@link org.postwise.answer.safety.AttackExemplars}), and
 * {@link org.postwise.answer.safety.CompositeQuestionGuard} runs several guards and merges their verdicts.
 * The two pattern guards share one skeleton: precompiled patterns, each run only near its cue words, over a
 * question normalized once (Unicode look-alikes, zero-width characters and whitespace folded).
 *
 * <p>Guards never log, store or return question text: a {@link org.postwise.answer.safety.GuardVerdict} names
 * only flags and fixed kind labels. Two companions handle text: a
 * {@link org.postwise.answer.safety.QuestionMasker} (the patient-identifier guard is one) returns a
 * {@link org.postwise.answer.safety.MaskedQuestion} with every identifier replaced by a placeholder, so a
 * flagged question can still be answered without its identifiers; and
 * {@link org.postwise.answer.safety.StoredQuestionRedactor} blunts what is stored for statistics, so a miss of
 * the guard never becomes stored patient information.
 */
package org.postwise.answer.safety;
