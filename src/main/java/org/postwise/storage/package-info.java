/**
 * The embedded database: one JDBC URL for everything Postwise keeps (feedback, the tip ledger, the audit
 * trail, question statistics). By default an H2 file in the data directory that several local processes
 * may share; any other JDBC URL (PostgreSQL) by configuration. Schemas are plain, portable SQL.
 */
package org.postwise.storage;
