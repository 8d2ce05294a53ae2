/**
 * Staff feedback on answers: one "helpful" or "not helpful" vote per user per answer, kept by a
 * {@link org.postwise.feedback.FeedbackStore}. The question text is kept only with answers that carried no
 * safety flag, and never when the question held patient details; kept questions are redacted first.
 * {@link org.postwise.feedback.RecentAnswers} keeps the answers recently posted for the buttons under them (in the
 * database, {@link org.postwise.feedback.JdbcRecentAnswers}, so buttons work after a restart). Transport-free: the
 * Discord bot records the votes, other transports can too.
 */
package org.postwise.feedback;
