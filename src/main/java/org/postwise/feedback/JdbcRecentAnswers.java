package org.postwise.feedback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.postwise.answer.Answer;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RecentAnswers} in Postwise's database (table {@code recent_answer}), so the buttons under an answer work
 * after a restart and on every instance that shares the database. The answer is stored as JSON; the question,
 * when kept, through the {@link StoredQuestionRedactor}. Rows older than {@code keepFor} are not served and are
 * deleted as new answers come in.
 *
 * <p>A write the database refuses is logged (with the answer id only) and counted in {@link #failedWrites()}; the
 * answer has been posted all the same, and its buttons then say the answer is no longer at hand.
 */
public final class JdbcRecentAnswers implements RecentAnswers {

    private static final Logger log = LoggerFactory.getLogger(JdbcRecentAnswers.class);

    /** The longest stored answer (JSON characters); a longer one is not kept. */
    static final int MAX_JSON = 1_000_000;

    private final Database db;
    private final Clock clock;
    private final Duration keepFor;
    private final StoredQuestionRedactor redactor;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.MIN);
    private final AtomicLong failedWrites = new AtomicLong();

    public JdbcRecentAnswers(Database db, Clock clock, Duration keepFor, StoredQuestionRedactor redactor) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keepFor = Objects.requireNonNull(keepFor, "keepFor");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
        if (keepFor.isNegative() || keepFor.isZero()) {
            throw new IllegalArgumentException("keepFor must be positive but was " + keepFor);
        }
    }

    @Override
    public void put(Answer answer, String question) {
        Objects.requireNonNull(answer, "answer");
        if (answer.flags().contains(QuestionGuard.PHI)) {
            return;
        }
        Instant now = clock.instant();
        try {
            String body = json.writeValueAsString(answer);
            if (body.length() > MAX_JSON) {
                log.warn("answer {} is too long to keep for its buttons", answer.id());
                return;
            }
            String kept = answer.flags().isEmpty() && question != null ? cut(redactor.redact(question)) : null;
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO recent_answer (answer_id, posted_at, question, answer) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, answer.id());
                ps.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                ps.setString(3, kept);
                ps.setString(4, body);
                ps.executeUpdate();
            }
            purgeNowAndThen(now);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                log.debug("answer {} is already kept", answer.id()); // posted twice: the first is kept
                return;
            }
            failedWrites.incrementAndGet();
            log.warn("answer {} not kept for its buttons: {}", answer.id(), e.toString());
        } catch (JsonProcessingException | RuntimeException e) {
            failedWrites.incrementAndGet();
            log.warn("answer {} not kept for its buttons: {}", answer.id(), e.toString());
        }
    }

    @Override
    public Optional<Entry> get(String answerId) {
        Objects.requireNonNull(answerId, "answerId");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT question, answer FROM recent_answer WHERE answer_id = ? AND posted_at >= ?")) {
            ps.setString(1, answerId);
            ps.setObject(2, OffsetDateTime.ofInstant(clock.instant().minus(keepFor), ZoneOffset.UTC));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Entry(json.readValue(rs.getString(2), Answer.class),
                        Optional.ofNullable(rs.getString(1))));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new FeedbackStoreException("cannot read answer " + answerId, e);
        }
    }

    /** Writes the database refused since start. */
    public long failedWrites() {
        return failedWrites.get();
    }

    /** Deletes expired rows at most once per 1/24 of {@code keepFor} (hourly for a day). */
    private void purgeNowAndThen(Instant now) throws SQLException {
        Instant last = lastPurge.get();
        if (last.isAfter(now.minus(keepFor.dividedBy(24))) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM recent_answer WHERE posted_at < ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(now.minus(keepFor), ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    private static String cut(String text) {
        return text.length() > Feedback.MAX_QUESTION_CHARS ? text.substring(0, Feedback.MAX_QUESTION_CHARS) : text;
    }
}
