/**
 * Running the knowledge base live: reloads that validate everything, build a new index off to the side and
 * swap it in atomically (or leave the old one serving and say what to fix), an optional watcher that reloads on
 * file changes, usage statistics that show the gaps in the knowledge base (recorded by
 * {@link org.postwise.admin.UsageRecordingAnswerService} around the answer service, queued off the answer path by
 * {@link org.postwise.admin.QueuedUsageLog} and written in batches by {@link org.postwise.admin.JdbcUsageLog}, which
 * redacts every question text before it is stored), and the admins' transport-free
 * commands {@link org.postwise.admin.AdminCommands} ({@code /reload}, {@code /audit}, {@code /stats}).
 */
package org.postwise.admin;
