package org.postwise.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postwise.admin.JdbcUsageLog;
import org.postwise.answer.Answer;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.config.StorageConfig;
import org.postwise.feedback.Feedback;
import org.postwise.feedback.FeedbackStore;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.Vote;

/**
 * The same schema and statements on a real PostgreSQL server. Runs with {@code mvn -Ppostgres test} against
 * {@code POSTWISE_TEST_PG_URL}; {@code .ci/run} starts a throwaway server for it. Each run works in a schema
 * of its own.
 */
@Tag("postgres")
class PostgresSchemaTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    private static Database db;

    @BeforeAll
    static void freshSchema() throws SQLException {
        String url = System.getenv("POSTWISE_TEST_PG_URL");
        assertThat(url).as("POSTWISE_TEST_PG_URL must name a PostgreSQL server (see .ci/run)").isNotBlank();
        String schema = "pw_" + Long.toHexString(System.nanoTime());
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        db = Database.open(new StorageConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, "", ""));
        assertThat(db.isH2()).isFalse();
    }

    @Test
    void feedback_keeps_one_vote_per_user_per_answer() {
        var store = new JdbcFeedbackStore(db);
        assertThat(store.record(new Feedback("a1", "u1", Vote.HELPFUL, T0, "Can I blog?")))
                .isEqualTo(FeedbackStore.Outcome.RECORDED);
        assertThat(store.record(new Feedback("a1", "u1", Vote.NOT_HELPFUL, T0.plusSeconds(5), null)))
                .isEqualTo(FeedbackStore.Outcome.CHANGED);
        assertThat(store.forAnswer("a1")).singleElement().satisfies(f -> {
            assertThat(f.vote()).isEqualTo(Vote.NOT_HELPFUL);
            assertThat(f.question()).isEqualTo("Can I blog?");
            assertThat(f.at()).isEqualTo(T0.plusSeconds(5));
        });
        // the unique constraint itself, not only the code path, holds
        try (var c = db.connection(); var st = c.createStatement()) {
            st.execute("INSERT INTO feedback (answer_id, user_id, vote, voted_at) VALUES ('a2', 'u1', 'HELPFUL', now())");
            st.execute("INSERT INTO feedback (answer_id, user_id, vote, voted_at) VALUES ('a2', 'u1', 'HELPFUL', now())");
            throw new AssertionError("a second row for the same answer and user was accepted");
        } catch (SQLException expected) {
            assertThat(expected.getSQLState()).isEqualTo("23505");
        }
    }

    @Test
    void audit_trail_reads_newest_first() {
        var audit = new JdbcAuditLog(db);
        audit.record(new AuditEntry(T0, "console", "reload", "ok", "v1 -> v2"));
        audit.record(new AuditEntry(T0.plusSeconds(60), "42", "reload", "refused", "not an admin"));
        assertThat(audit.recent(10)).extracting(AuditEntry::result).containsExactly("refused", "ok");
    }

    @Test
    void usage_counts_outcomes_gaps_and_votes_and_forgets_old_questions() {
        var usage = new JdbcUsageLog(db, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(30),
                new StoredQuestionRedactor());
        usage.record("How do I book leave?", new Answer("x", false, "t", List.of(), Set.of(), "v"));
        usage.record("What is HealthMap?", new Answer("y", true, "t", List.of(), Set.of(), "v"));
        var stats = usage.stats(T0.minusSeconds(60), 5);
        assertThat(stats.asked()).isEqualTo(2);
        assertThat(stats.gaps()).extracting(g -> g.question()).containsExactly("how do i book leave");
        assertThat(usage.purgeBefore(T0.plusSeconds(1))).isEqualTo(2);
    }
}
