/**
 * The Discord transport, and the only package that touches JDA.
 *
 * <p>Transport-free parts, testable without Discord: {@link org.postwise.chat.discord.QuestionHandler} and
 * {@link org.postwise.chat.discord.ButtonHandler} turn questions and button clicks into a
 * {@link org.postwise.chat.discord.Reply}, through the same {@link org.postwise.chat.ChatCommands} the console
 * uses; {@link org.postwise.chat.discord.AnswerLayout} lays text out within
 * {@link org.postwise.chat.discord.DiscordLimits} without cutting a citation; {@link org.postwise.chat.discord.SafeText}
 * breaks mentions and drops links that do not point at the knowledge base.
 *
 * <p>JDA parts: {@code JdaEventListener} maps slash commands, mentions, thread follow-ups, direct messages and
 * buttons onto the handlers and posts their replies; {@link org.postwise.chat.discord.DiscordBot} builds and
 * runs the client.
 *
 * <p>Privacy: no user text is logged; a question flagged {@code phi} is never echoed, stored or remembered.
 */
package org.postwise.chat.discord;
