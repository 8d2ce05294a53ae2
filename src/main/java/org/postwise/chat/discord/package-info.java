/**
 * The Discord transport, and the only package that touches JDA.
 *
 * <p>Each slash command is one {@link org.postwise.chat.discord.SlashCommand} (its definition and its handler over
 * an {@link org.postwise.chat.discord.Invocation}); {@link org.postwise.chat.discord.SlashCommandListener} registers
 * and routes the list the composition root gives it. {@link org.postwise.chat.discord.MessageListener} answers
 * mentions, thread follow-ups and direct messages, and {@link org.postwise.chat.discord.ButtonListener} the buttons
 * under answers; both interaction listeners post through {@link org.postwise.chat.discord.DeferredReplies}.
 * {@link org.postwise.chat.discord.DiscordBot} runs the JDA client and nothing else.
 *
 * <p>Transport-free parts, testable without Discord: {@link org.postwise.chat.discord.QuestionHandler} and
 * {@link org.postwise.chat.discord.ButtonHandler} turn questions and button clicks into a
 * {@link org.postwise.chat.discord.Reply}, through the same {@link org.postwise.chat.ChatCommands} the console
 * uses; {@link org.postwise.chat.discord.AnswerLayout} lays text out within
 * {@link org.postwise.chat.discord.DiscordLimits} without cutting a citation;
 * {@link org.postwise.chat.discord.SafeText} breaks mentions and drops links that do not point at the knowledge
 * base. {@link org.postwise.chat.discord.DiscordMeters} reports the gateway's state and REST results to the
 * metrics.
 *
 * <p>Privacy: no user text is logged; a question flagged {@code phi} is never echoed, stored or remembered.
 */
package org.postwise.chat.discord;
