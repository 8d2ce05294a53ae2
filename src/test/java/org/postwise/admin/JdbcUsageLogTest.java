package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.answer.Answer;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.config.StorageConfig;
import org.postwise.feedback.Feedback;
import org.postwise.feedback.JdbcFeedbackStore;
import org.postwise.feedback.Vote;
import org.postwise.storage.Database;
import org.postwise.testing.MutableClock;

class JdbcUsageLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final Database db = Database.open(StorageConfig.inMemory("usage-" + System.nanoTime()));
    private final StoredQuestionRedactor redactor = new StoredQuestionRedactor();

    private static Answer answered(boolean answered, String... flags) {
        return new Answer("id", answered, "text", List.of(), Set.of(flags), "v");
    }

    @Test
    void counts_outcomes_and_ranks_the_unanswered_questions_as_gaps() {
        var log = new JdbcUsageLog(db, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(90), redactor);
        log.record("How do I book leave?", answered(false));
        log.record("how do i book LEAVE", answered(false));
        log.record("What is Digg?", answered(false));
        log.record("What is HealthMap?", answered(true));
        log.record("Patient Ann Lee DOB 1/2/1950", answered(false, QuestionGuard.PHI));
        new JdbcFeedbackStore(db).record(new Feedback("a1", "u1", Vote.HELPFUL, T0, null));
        // when
        UsageStats stats = log.stats(T0.minus(Duration.ofDays(1)), 10);
        // then
        assertThat(stats.asked()).isEqualTo(5);
        assertThat(stats.answered()).isEqualTo(1);
        assertThat(stats.abstained()).isEqualTo(3);
        assertThat(stats.flagged()).isEqualTo(1);
        assertThat(stats.helpful()).isEqualTo(1);
        assertThat(stats.gaps()).containsExactly(new UsageStats.Gap("how do i book leave", 2),
                new UsageStats.Gap("what is digg", 1));
        assertThat(stats.toText()).contains("5 questions", "how do i book leave (2×)");
    }

    @Test
    void never_stores_the_text_of_a_flagged_question() throws Exception {
        var log = new JdbcUsageLog(db, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(90), redactor);
        log.record("Patient Ann Lee DOB 1/2/1950, can I post?", answered(false, QuestionGuard.PHI));
        try (var c = db.connection(); var rs = c.createStatement().executeQuery("SELECT question FROM questions")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isNull();
        }
    }

    @Test
    void forgets_questions_older_than_the_retention_period() {
        var clock = new MutableClock(T0);
        var log = new JdbcUsageLog(db, clock, Duration.ofDays(30), redactor);
        log.record("What is a wiki?", answered(false));
        // when 31 days pass
        clock.set(T0.plus(Duration.ofDays(31)));
        log.record("What is a blog?", answered(false));
        UsageStats stats = log.stats(Instant.EPOCH, 10);
        // then only the recent question is left
        assertThat(stats.asked()).isEqualTo(1);
        assertThat(stats.gaps()).extracting(UsageStats.Gap::question).containsExactly("what is a blog");
    }

    @Test
    void reports_zero_votes_when_no_feedback_was_ever_stored() {
        var log = new JdbcUsageLog(db, Clock.fixed(T0, ZoneOffset.UTC), Duration.ofDays(1), redactor);
        assertThat(log.stats(Instant.EPOCH, 5).helpful()).isZero();
    }

    @Test
    void forgets_the_question_of_an_old_vote_and_keeps_the_vote() {
        // given a vote with its question, cast 31 days before
        var clock = new MutableClock(T0);
        var feedback = new JdbcFeedbackStore(db);
        feedback.record(new Feedback("a1", "u1", Vote.HELPFUL, T0, "can i blog"));

        // when the log opens 31 days later with a 30-day retention
        clock.set(T0.plus(Duration.ofDays(31)));
        new JdbcUsageLog(db, clock, Duration.ofDays(30), redactor);

        // then
        assertThat(feedback.find("a1", "u1")).hasValueSatisfying(f -> {
            assertThat(f.vote()).isEqualTo(Vote.HELPFUL);
            assertThat(f.question()).isNull();
        });
    }
}
