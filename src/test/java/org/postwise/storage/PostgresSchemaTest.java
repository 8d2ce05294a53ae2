package org.postwise.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postwise.admin.AskedQuestion;
import org.postwise.admin.JdbcUsageLog;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.config.StorageConfig;
import org.postwise.feedback.Feedback;
import org.postwise.feedback.FeedbackStore;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.JdbcRecentAnswers;
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

    @Test
    void the_migrations_ran_once_each_and_a_second_open_finds_nothing_to_do() throws SQLException {
        // when the database is opened again, as by a second instance
        try (var again = Database.open(db.config()); var c = again.connection();
             var rs = c.createStatement().executeQuery("SELECT version FROM flyway_schema_history "
                     + "WHERE success AND version IS NOT NULL ORDER BY installed_rank")) {
            // then
            var versions = new ArrayList<String>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "3");
        }
    }

    @Test
    void usage_is_written_in_one_batch_with_the_questions_redacted() throws SQLException {
        // given
        var usage = new JdbcUsageLog(db, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(30),
                new StoredQuestionRedactor());
        var batch = new ArrayList<AskedQuestion>();
        for (int i = 0; i < 50; i++) {
            batch.add(AskedQuestion.of(T0, "Where does Helen Garcia park, bay " + i + "?",
                    new Answer("b" + i, false, "t", List.of(), Set.of(), "v")));
        }

        // when
        usage.recordAll(batch);

        // then
        try (var c = db.connection(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(DISTINCT question), MAX(question) FROM questions "
                        + "WHERE question LIKE '%park%'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(50);
            assertThat(rs.getLong(2)).isEqualTo(1);
            assertThat(rs.getString(3)).isEqualTo("where does [name] park, bay [number]");
        } finally {
            // the schema is shared by this class's tests, which count questions
            try (var c = db.connection(); var st = c.createStatement()) {
                st.execute("DELETE FROM questions WHERE question LIKE '%park%'");
            }
        }
    }

    @Test
    void a_recent_answer_kept_by_one_instance_is_found_by_another() {
        // given
        var answer = new Answer("pg1", true, "Decline politely. [1]", List.of(new AnswerSource(
                "10.2196/jmir.2912", "https://doi.org/10.2196/jmir.2912", "Patients online", "Grajales et al., 2014",
                "Summary", "Decline friend requests politely.", 0.9)), Set.of(), "v1");
        var clock = Clock.fixed(T0, ZoneOffset.UTC);
        new JdbcRecentAnswers(db, clock, Duration.ofHours(24), new StoredQuestionRedactor())
                .put(answer, "Can I friend a patient?");

        // when
        try (var other = Database.open(db.config())) {
            var found = new JdbcRecentAnswers(other, clock, Duration.ofHours(24),
                    new StoredQuestionRedactor()).get("pg1");

            // then
            assertThat(found).hasValueSatisfying(e -> {
                assertThat(e.answer()).isEqualTo(answer);
                assertThat(e.question()).contains("Can I friend a patient?");
            });
        }
    }

    @Test
    void a_database_made_before_migrations_is_adopted_and_its_questions_redacted() throws SQLException {
        // given a schema with the tables as the components created them, and an unredacted question
        String url = System.getenv("POSTWISE_TEST_PG_URL");
        String schema = "pw_old_" + Long.toHexString(System.nanoTime());
        try (var c = DriverManager.getConnection(url); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
            st.execute("CREATE TABLE " + schema + ".questions ("
                    + "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "asked_at TIMESTAMP WITH TIME ZONE NOT NULL, question VARCHAR(1000), "
                    + "outcome VARCHAR(16) NOT NULL)");
            st.execute("INSERT INTO " + schema + ".questions (asked_at, question, outcome) VALUES (now(), "
                    + "'can i post that record 55102938 was seen on 03/14/2024', 'abstained')");
        }

        // when
        try (var old = Database.open(new StorageConfig(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + schema, "", "")); var c = old.connection();
             var rs = c.createStatement().executeQuery("SELECT question FROM questions")) {
            // then
            rs.next();
            assertThat(rs.getString(1)).doesNotContain("55102938", "03/14/2024").contains("[number]", "[date]");
        }
    }
}
