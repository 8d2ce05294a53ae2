package org.postwise.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postwise.config.StorageConfig;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;

/**
 * A {@link FeedbackStore} in Postwise's database ({@link Database}: by default an embedded H2 file in the
 * data directory, any JDBC database by {@code POSTWISE_DB_URL}), whose migrations create the table.
 * A unique key on {@code (answer_id, user_id)} keeps one vote per user per answer; a second vote replaces
 * the first.
 */
public final class JdbcFeedbackStore implements FeedbackStore {

    private final Database db;

    public JdbcFeedbackStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** Opens a store on its own database at {@code jdbcUrl} (tests and tools). */
    public static JdbcFeedbackStore open(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        try {
            return new JdbcFeedbackStore(Database.open(new StorageConfig(jdbcUrl, "", "")));
        } catch (StorageException e) {
            throw new FeedbackStoreException("cannot open the feedback database: " + e.getMessage(), e);
        }
    }

    @Override
    public Outcome record(Feedback feedback) {
        Objects.requireNonNull(feedback, "feedback");
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Outcome outcome = upsert(c, feedback);
                c.commit();
                return outcome;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FeedbackStoreException("cannot record a vote on answer " + feedback.answerId(), e);
        }
    }

    private static Outcome upsert(Connection c, Feedback f) throws SQLException {
        Optional<Feedback> before = find(c, f.answerId(), f.userId());
        if (before.isPresent()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE feedback SET vote = ?, voted_at = ?, question = ? WHERE answer_id = ? AND user_id = ?")) {
                ps.setString(1, f.vote().name());
                ps.setObject(2, OffsetDateTime.ofInstant(f.at(), ZoneOffset.UTC));
                ps.setString(3, f.question() != null ? f.question() : before.get().question());
                ps.setString(4, f.answerId());
                ps.setString(5, f.userId());
                ps.executeUpdate();
            }
            return before.get().vote() == f.vote() ? Outcome.UNCHANGED : Outcome.CHANGED;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO feedback (answer_id, user_id, vote, voted_at, question) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, f.answerId());
            ps.setString(2, f.userId());
            ps.setString(3, f.vote().name());
            ps.setObject(4, OffsetDateTime.ofInstant(f.at(), ZoneOffset.UTC));
            ps.setString(5, f.question());
            ps.executeUpdate();
        }
        return Outcome.RECORDED;
    }

    @Override
    public Optional<Feedback> find(String answerId, String userId) {
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(userId, "userId");
        try (Connection c = db.connection()) {
            return find(c, answerId, userId);
        } catch (SQLException e) {
            throw new FeedbackStoreException("cannot read a vote on answer " + answerId, e);
        }
    }

    private static Optional<Feedback> find(Connection c, String answerId, String userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT answer_id, user_id, vote, voted_at, question "
                + "FROM feedback WHERE answer_id = ? AND user_id = ?")) {
            ps.setString(1, answerId);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    @Override
    public List<Feedback> forAnswer(String answerId) {
        Objects.requireNonNull(answerId, "answerId");
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT answer_id, user_id, vote, voted_at, "
                    + "question FROM feedback WHERE answer_id = ? ORDER BY voted_at, user_id")) {
            ps.setString(1, answerId);
            var out = new ArrayList<Feedback>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new FeedbackStoreException("cannot read the votes on answer " + answerId, e);
        }
    }

    private static Feedback row(ResultSet rs) throws SQLException {
        return new Feedback(rs.getString(1), rs.getString(2), Vote.valueOf(rs.getString(3)),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5));
    }

    /** Connections are taken per call, so there is nothing to release. */
    @Override
    public void close() {
    }
}
