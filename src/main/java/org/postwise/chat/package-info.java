/**
 * Transport-free chat commands: ask, sources, help. The console chat ({@code chat.console}) and the Discord
 * bot ({@code chat.discord}, the only package that touches JDA) are thin layers over these, so every
 * transport behaves the same.
 */
package org.postwise.chat;
