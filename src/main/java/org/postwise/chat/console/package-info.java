/** The console transport: a line-based chat over standard input and output. */
package org.postwise.chat.console;
