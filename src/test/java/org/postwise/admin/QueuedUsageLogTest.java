package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.Question;
import org.postwise.answer.safety.QuestionGuard;
import org.postwise.answer.safety.StoredQuestionRedactor;
import org.postwise.config.StorageConfig;
import org.postwise.storage.Database;
import org.postwise.testing.MutableClock;
import org.postwise.testing.StepExecutor;

/** Usage written off the answer path, into a real in-memory H2; the flusher's timer stepped by hand. */
class QueuedUsageLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final Database db = Database.open(StorageConfig.inMemory("queued-" + UUID.randomUUID()));
    private final JdbcUsageLog store = new JdbcUsageLog(db, clock, Duration.ofDays(90), new StoredQuestionRedactor());
    private final StepExecutor flusher = new StepExecutor();
    private final List<ExecutorService> threads = new ArrayList<>();

    @AfterEach
    void stopThreads() {
        threads.forEach(ExecutorService::shutdownNow);
    }

    private QueuedUsageLog queued(int capacity, int batch) {
        return new QueuedUsageLog(store, clock, flusher, Duration.ofSeconds(1), capacity, batch);
    }

    private static Answer answer(boolean answered, String... flags) {
        return new Answer(UUID.randomUUID().toString().substring(0, 8), answered, "text", List.of(), Set.of(flags),
                "v");
    }

    @Test
    void recording_writes_nothing_on_the_callers_thread_and_the_flusher_writes_it() throws SQLException {
        // given
        var usage = queued(100, 50);

        // when
        usage.record("What is a wiki?", answer(false));
        long before = rows();
        flusher.runPeriodic();

        // then
        assertThat(before).isZero();
        assertThat(rows()).isEqualTo(1);
        assertThat(usage.counts().written()).isEqualTo(1);
    }

    @Test
    void a_full_batch_is_handed_to_the_flusher_at_once() throws SQLException {
        // given
        var usage = queued(100, 3);

        // when three questions fill a batch
        for (int i = 0; i < 3; i++) {
            usage.record("What is a blog?", answer(false));
        }

        // then a flush is waiting for the flusher, not for the timer
        assertThat(flusher.pending()).isEqualTo(1);
        flusher.runPending();
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void statistics_count_every_question_recorded_so_far() {
        // given
        var usage = queued(100, 50);
        usage.record("What is a wiki?", answer(false));
        usage.record("Can I blog?", answer(true));

        // when
        UsageStats stats = usage.stats(T0.minusSeconds(60), 10);

        // then
        assertThat(stats.asked()).isEqualTo(2);
        assertThat(stats.gaps()).extracting(UsageStats.Gap::question).containsExactly("what is a wiki");
    }

    @Test
    void closing_writes_what_is_left_and_stops_the_timer() throws SQLException {
        // given
        var usage = queued(100, 50);
        usage.record("What is a wiki?", answer(false));

        // when
        usage.close();

        // then
        assertThat(rows()).isEqualTo(1);
        assertThat(flusher.periodicCancelled()).isTrue();
    }

    @Test
    void a_full_queue_drops_the_question_and_counts_it() {
        // given a queue of two
        var usage = queued(2, 50);

        // when three questions come before any flush
        for (int i = 0; i < 3; i++) {
            usage.record("What is a wiki?", answer(false));
        }

        // then
        assertThat(usage.counts()).isEqualTo(new QueuedUsageLog.Counts(0, 1, 0, 2));
    }

    @Test
    void when_the_database_is_down_the_answer_still_goes_out_and_the_loss_is_counted() {
        // given the chat path over a queue whose database then goes away
        var usage = queued(100, 50);
        AnswerService core = (question, drafts) -> answer(true);
        var answers = new UsageRecordingAnswerService(core, usage);
        db.close();

        // when
        Answer given = answers.answer(Question.of("Can I blog about rounds?"));
        flusher.runPeriodic();

        // then
        assertThat(given.answered()).isTrue();
        assertThat(usage.counts()).isEqualTo(new QueuedUsageLog.Counts(0, 0, 1, 0));
    }

    @Test
    void no_row_is_lost_under_200_concurrent_questions_and_no_text_is_written_for_flagged_ones() throws Exception {
        // given a real flusher thread writing batches of 20 every millisecond, while 200 questions arrive at once
        ScheduledExecutorService realFlusher = Executors.newSingleThreadScheduledExecutor();
        threads.add(realFlusher);
        var usage = new QueuedUsageLog(store, clock, realFlusher, Duration.ofMillis(1), 1000, 20);
        ExecutorService askers = Executors.newFixedThreadPool(32);
        threads.add(askers);
        var start = new CountDownLatch(1);
        var done = new ArrayList<Future<?>>();
        for (int i = 0; i < 200; i++) {
            boolean flagged = i % 10 == 0;
            String question = flagged ? "Patient Ann Lee, DOB 1/2/1950, number " + i : "What is a wiki, take " + i;
            Answer answer = flagged ? answer(false, QuestionGuard.PHI) : answer(i % 2 == 0);
            done.add(askers.submit(() -> {
                start.await();
                usage.record(question, answer);
                return null;
            }));
        }

        // when
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        usage.close();

        // then
        assertThat(usage.counts()).isEqualTo(new QueuedUsageLog.Counts(200, 0, 0, 0));
        assertThat(rows()).isEqualTo(200);
        try (Connection c = db.connection(); var rs = c.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(question) FROM questions WHERE outcome = 'flagged'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("flagged questions counted").isEqualTo(20);
            assertThat(rs.getLong(2)).as("flagged questions with text").isZero();
        }
    }

    private long rows() throws SQLException {
        try (Connection c = db.connection();
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM questions")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
