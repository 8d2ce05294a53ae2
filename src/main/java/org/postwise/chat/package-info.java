/**
 * Transport-free chat commands ({@link org.postwise.chat.ChatCommands}: ask, sources, help), the per-user
 * {@link org.postwise.chat.RateLimiter} and the {@link org.postwise.chat.ConversationMemory} that keeps a thread's or
 * the console's earlier questions for follow-ups. They know the knowledge base only through the answer layer. The
 * console chat ({@code chat.console}) and the Discord bot ({@code chat.discord}, the only package that touches JDA)
 * are thin layers over these and over the admin and weekly-tip commands, so every transport behaves the same;
 * nothing here depends on a transport, on {@code admin} or on {@code tips}.
 */
package org.postwise.chat;
