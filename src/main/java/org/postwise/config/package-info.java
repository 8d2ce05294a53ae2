/**
 * Configuration: one root record read from the environment, system properties and command-line options,
 * split into the narrow records each component takes.
 */
package org.postwise.config;
