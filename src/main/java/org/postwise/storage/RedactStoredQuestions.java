package org.postwise.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.postwise.answer.safety.StoredQuestionRedactor;

/**
 * Migration 2: the question texts stored before redaction existed ({@code questions.question} for
 * {@code /stats}, {@code feedback.question} with votes) are rewritten through the {@link StoredQuestionRedactor},
 * as every text has been since. Those texts were stored lower-cased, so names (which the redactor finds by their
 * capitals) may survive in them; digits, dates, e-mail and web addresses and handles do not.
 */
final class RedactStoredQuestions implements JavaMigration {

    private final StoredQuestionRedactor redactor;

    RedactStoredQuestions(StoredQuestionRedactor redactor) {
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "Redact stored questions";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        redact(c, "SELECT id, question FROM questions WHERE question IS NOT NULL",
                "UPDATE questions SET question = ? WHERE id = ?", 1000);
        redactFeedback(c);
    }

    private void redact(Connection c, String select, String update, int max) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(select);
             PreparedStatement write = c.prepareStatement(update);
             ResultSet rs = read.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                write.setString(1, cut(redactor.redact(rs.getString(2)), max));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private void redactFeedback(Connection c) throws SQLException {
        try (PreparedStatement read = c.prepareStatement(
                "SELECT answer_id, user_id, question FROM feedback WHERE question IS NOT NULL");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE feedback SET question = ? WHERE answer_id = ? AND user_id = ?");
             ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                write.setString(1, cut(redactor.redact(rs.getString(3)), 4000));
                write.setString(2, rs.getString(1));
                write.setString(3, rs.getString(2));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
