/**
 * Staff feedback on answers: one "helpful" or "not helpful" vote per user per answer, kept by a
 * {@link org.postwise.feedback.FeedbackStore}. The question text is kept only with answers that carried no
 * safety flag, and never when the question held patient details. Transport-free: the Discord bot records the
 * votes, other transports can too.
 */
package org.postwise.feedback;
