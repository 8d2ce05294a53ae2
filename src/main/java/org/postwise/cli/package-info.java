/** The command line: {@code chat}, {@code ask}, {@code batch}, {@code eval}, {@code bench}. */
package org.postwise.cli;
