package org.postwise.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.postwise.answer.Answer;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.retrieval.QuestionNormalizer;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;

/**
 * Usage in Postwise's database, written as it is recorded. Question text is stored only for questions that raised
 * no flag, and then redacted ({@link StoredQuestionRedactor}: names, numbers, dates, addresses and handles become
 * placeholders) and normalised (so repeats group): the text as asked is never written. Feedback totals come from
 * the feedback table. Long-running transports write through a {@link QueuedUsageLog} in front of this one.
 */
public final class JdbcUsageLog implements UsageLog {

    static final int MAX_QUESTION = 1000;

    private final Database db;
    private final Clock clock;
    private final Duration retention;
    private final StoredQuestionRedactor redactor;

    /**
     * @param retention how long question texts are kept; older rows are deleted when the log opens and
     *                  whenever statistics are read
     * @param redactor  blunts every question text before it is written
     */
    public JdbcUsageLog(Database db, Clock clock, Duration retention, StoredQuestionRedactor redactor) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive but was " + retention);
        }
        purgeBefore(clock.instant().minus(retention));
    }

    @Override
    public void record(String question, Answer answer) {
        recordAll(List.of(AskedQuestion.of(clock.instant(), question, answer)));
    }

    /** Writes {@code batch} in one transaction: all of it or, on failure ({@link StorageException}), none. */
    public void recordAll(List<AskedQuestion> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty()) {
            return;
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO questions (asked_at, question, outcome) VALUES (?, ?, ?)")) {
                for (AskedQuestion q : batch) {
                    ps.setObject(1, OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC));
                    ps.setString(2, q.question().map(this::storable).orElse(null));
                    ps.setString(3, q.outcome().code());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("cannot record usage: " + e.getMessage(), e);
        }
    }

    /** Redacted first (the redactor needs the capitals), then normalised so repeats group, then cut. */
    private String storable(String question) {
        String text = QuestionNormalizer.normalize(redactor.redact(question));
        return text.length() > MAX_QUESTION ? text.substring(0, MAX_QUESTION) : text;
    }

    @Override
    public UsageStats stats(Instant since, int topGaps) {
        Objects.requireNonNull(since, "since");
        if (topGaps < 0) {
            throw new IllegalArgumentException("topGaps must be >= 0 but was " + topGaps);
        }
        purgeBefore(clock.instant().minus(retention));
        var from = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        try (Connection c = db.connection()) {
            long answered = 0;
            long abstained = 0;
            long flagged = 0;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT outcome, COUNT(*) FROM questions WHERE asked_at >= ? GROUP BY outcome")) {
                ps.setObject(1, from);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        switch (rs.getString(1)) {
                            case "answered" -> answered = rs.getLong(2);
                            case "abstained" -> abstained = rs.getLong(2);
                            default -> flagged += rs.getLong(2);
                        }
                    }
                }
            }
            var gaps = new ArrayList<UsageStats.Gap>();
            try (PreparedStatement ps = c.prepareStatement("SELECT question, COUNT(*) AS n FROM questions "
                    + "WHERE asked_at >= ? AND outcome = 'abstained' AND question IS NOT NULL "
                    + "GROUP BY question ORDER BY n DESC, question")) {
                ps.setObject(1, from);
                ps.setMaxRows(Math.max(1, topGaps));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && gaps.size() < topGaps) {
                        gaps.add(new UsageStats.Gap(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            long[] votes = votes(c, from);
            return new UsageStats(since, answered + abstained + flagged, answered, abstained, flagged, votes[0],
                    votes[1], gaps);
        } catch (SQLException e) {
            throw new StorageException("cannot read usage: " + e.getMessage(), e);
        }
    }

    /** Helpful and not-helpful votes since {@code from}. */
    private static long[] votes(Connection c, OffsetDateTime from) throws SQLException {
        var out = new long[2];
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT vote, COUNT(*) FROM feedback WHERE voted_at >= ? GROUP BY vote")) {
            ps.setObject(1, from);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out["HELPFUL".equals(rs.getString(1)) ? 0 : 1] += rs.getLong(2);
                }
            }
        }
        return out;
    }

    /**
     * Deletes the questions asked before {@code cutoff}, and forgets the question text of votes cast before it (the
     * votes themselves stay, for the totals).
     */
    @Override
    public int purgeBefore(Instant cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        var at = OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
        try (Connection c = db.connection();
             PreparedStatement questions = c.prepareStatement("DELETE FROM questions WHERE asked_at < ?");
             PreparedStatement votes = c.prepareStatement(
                     "UPDATE feedback SET question = NULL WHERE voted_at < ? AND question IS NOT NULL")) {
            questions.setObject(1, at);
            votes.setObject(1, at);
            votes.executeUpdate();
            return questions.executeUpdate();
        } catch (SQLException e) {
            throw new StorageException("cannot purge old questions: " + e.getMessage(), e);
        }
    }
}
