/**
 * The command line ({@link org.postwise.cli.Main} is the jar's entry point): {@code chat}, {@code ask},
 * {@code batch}, {@code eval}, {@code discord}, {@code reload} (a check), {@code tips}, {@code bench} and
 * {@code help}. It reads the environment once, starts {@link org.postwise.Postwise} and calls the transport a
 * command needs.
 */
package org.postwise.cli;
