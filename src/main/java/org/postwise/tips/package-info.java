/**
 * The weekly tip for communications teams: short tip cards from {@code knowledge/tips/}, rendered through
 * {@code prompts/tip.md} and posted on a weekly schedule (day, local time, zone) to one or more channels.
 *
 * <p>{@link org.postwise.tips.WeeklyTips} holds the rules over a persisted {@link org.postwise.tips.TipLedger}
 * (one row per week and channel, guarded by a unique key), {@link org.postwise.tips.TipRotation} picks the tip,
 * {@link org.postwise.tips.TipScheduler} wakes up when something is due, and a
 * {@link org.postwise.tips.TipPublisher} is the seam to a transport (the console here; Discord in
 * {@code chat/discord/}). {@link org.postwise.tips.TipCommands} are the team's commands, free of any transport.
 */
package org.postwise.tips;
