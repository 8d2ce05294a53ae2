package org.postwise.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.TreeSet;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.DraftListener;
import org.postwise.answer.Question;

/**
 * Answers through another {@link AnswerService} and times each answer in {@code postwise_answers_seconds}, tagged
 * with its {@code outcome} ({@code answered}, {@code abstained}, or {@code refused} when flagged) and its
 * {@code flag} ({@code none}, or the flags joined with {@code +}, e.g. {@code phi}); the histogram's buckets run
 * from a millisecond to five seconds. The question is never looked at.
 */
public final class MeteredAnswerService implements AnswerService {

    static final String METER = "postwise.answers";
    private static final Duration[] BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
        Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(100),
        Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5)};

    private final AnswerService answers;
    private final MeterRegistry meters;
    /** Timers by outcome and flag, so an answer costs a map lookup, not a meter registration. */
    private final java.util.concurrent.ConcurrentMap<String, Timer> timers =
            new java.util.concurrent.ConcurrentHashMap<>();

    public MeteredAnswerService(AnswerService answers, MeterRegistry meters) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    @Override
    public Answer answer(Question question, DraftListener drafts) {
        long start = System.nanoTime();
        Answer answer = answers.answer(question, drafts);
        timer(answer).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return answer;
    }

    private Timer timer(Answer answer) {
        // a question with patient details is answered under its warning: the flag tag tells it apart
        String outcome = answer.answered() ? "answered" : answer.flags().isEmpty() ? "abstained" : "refused";
        String flag = answer.flags().isEmpty() ? "none" : String.join("+", new TreeSet<>(answer.flags()));
        return timers.computeIfAbsent(outcome + " " + flag, k -> Timer.builder(METER)
                .description("Answers given, by outcome and safety flag, with their latency")
                .tag("outcome", outcome)
                .tag("flag", flag)
                .serviceLevelObjectives(BUCKETS)
                .register(meters));
    }
}
