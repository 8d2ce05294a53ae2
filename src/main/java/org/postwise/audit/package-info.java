/**
 * The audit trail: reloads, tip posts and permission refusals, each with who, what and how it ended, never with
 * question text. Written by admin's and the weekly tip's commands alike, read by {@code /audit}.
 */
package org.postwise.audit;
