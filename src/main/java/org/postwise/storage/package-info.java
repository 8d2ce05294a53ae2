/**
 * The database: one JDBC URL for everything Postwise keeps (feedback, the answers behind the buttons, the tip
 * ledger, the audit trail, question statistics), behind a HikariCP pool. By default an H2 file in the data
 * directory that several local processes may share; any other JDBC URL (PostgreSQL) by configuration. The schema is
 * Flyway's migrations under {@code org/postwise/storage/migration}, plain SQL that H2 and PostgreSQL both run, and
 * one Java migration that redacts the question texts stored before redaction existed.
 */
package org.postwise.storage;
